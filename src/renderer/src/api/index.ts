/**
 * The renderer's only door to the main-process services. In Electron the preload has put the
 * contract on window.librarian; in a browser the harness adapter implements the same contract.
 */
import type { LibrarianApi } from '@shared/api';
import { httpBridge } from './http-bridge';

declare global {
  interface Window {
    librarian?: LibrarianApi;
  }
}

export const api: LibrarianApi = window.librarian ?? httpBridge;
export { ApiError } from './http-bridge';
