/**
 * The slice of the `electron` module that Copydesk's main process uses, as a type. The main
 * process receives it as a parameter so that tests can pass a fake and check the wiring
 * (window options, navigation guards, IPC sender checks, menus) without the Electron binary.
 */
import type * as Electron from 'electron';

/** What `startCopydesk` needs from `electron`. */
export interface ElectronApi {
  readonly app: Pick<
    Electron.App,
    | 'requestSingleInstanceLock'
    | 'quit'
    | 'on'
    | 'whenReady'
    | 'getPath'
    | 'getVersion'
    | 'isPackaged'
    | 'getAppPath'
    | 'setAppUserModelId'
    | 'getPreferredSystemLanguages'
  >;
  readonly BrowserWindow: new (options: Electron.BrowserWindowConstructorOptions) => Electron.BrowserWindow;
  readonly ipcMain: Pick<Electron.IpcMain, 'handle' | 'removeHandler' | 'on'>;
  readonly Menu: Pick<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'>;
  readonly shell: Pick<Electron.Shell, 'openExternal'>;
  readonly protocol: Pick<Electron.Protocol, 'handle' | 'registerSchemesAsPrivileged'>;
  readonly session: { readonly defaultSession: Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> };
  readonly dialog: Pick<Electron.Dialog, 'showOpenDialog' | 'showErrorBox'>;
  readonly screen: Pick<Electron.Screen, 'getAllDisplays'>;
}
