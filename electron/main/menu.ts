/**
 * The application menu. Items that act on documents send a host command to the renderer,
 * which owns the document state; standard edit and window items use Electron's roles.
 */
import type * as Electron from 'electron';
import type { HostCommand } from '../../core/api/contract.ts';

/** Builds the menu template; `send` delivers a command to the focused window's renderer. */
export function buildMenuTemplate(
  send: (command: HostCommand) => void,
  options: { readonly isMac: boolean; readonly isDev: boolean },
): Electron.MenuItemConstructorOptions[] {
  const template: Electron.MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        { label: '&Open…', accelerator: 'CmdOrCtrl+O', click: () => send('file.open') },
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...(options.isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: '&About Copydesk', click: () => send('app.about') }] },
  );
  return template;
}
