import { join } from 'node:path';
import { BrowserWindow, shell } from 'electron';

const appDir = import.meta.dirname; // out/main, in dev and in a packaged app's app.asar alike

/** The main window with Electron's security defaults made explicit. */
export function createMainWindow(iconPath: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Incident Librarian',
    icon: iconPath,
    webPreferences: {
      // A sandboxed preload must be CommonJS; electron.vite.config.ts builds it as index.cjs.
      preload: join(appDir, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());

  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  const appOrigin = devUrl ? new URL(devUrl).origin : 'file://';

  // Links open in the system browser; the app window itself never leaves the app.
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    const target = new URL(url);
    const sameApp = appOrigin === 'file://' ? target.protocol === 'file:' : target.origin === appOrigin;
    if (!sameApp) {
      event.preventDefault();
      if (/^https?:$/.test(target.protocol)) void shell.openExternal(url);
    }
  });

  if (devUrl) void window.loadURL(devUrl);
  else void window.loadFile(join(appDir, '../renderer/index.html'));
  return window;
}
