/**
 * Electron entry: the thin desktop shell around the main-process services. Everything that
 * does real work lives in ./services and ./parser and runs without Electron too.
 */
import { join } from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { createMainWindow } from './electron/window';
import { registerIpc } from './electron/ipc';
import { createParseService } from './services/parse-service';
import { createServiceTable } from './services/registry';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const parse = createParseService(new URL('./parse-worker.js', import.meta.url));
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.whenReady().then(() => {
    // The app asks for no permission (camera, notifications, …): refuse them all.
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    registerIpc(createServiceTable('electron', parse));
    const icon = app.isPackaged
      ? join(process.resourcesPath, 'icon.png')
      : join(import.meta.dirname, '../../resources/icon.png');
    mainWindow = createMainWindow(icon);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(icon);
    });
  });

  app.on('before-quit', () => parse.cancelAll());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
