/**
 * The application menu. Items that act on documents send a host command to the renderer,
 * which owns the document state and runs the same commands from its toolbar and keyboard
 * shortcuts (renderer/src/features/shell/shortcuts.ts); the accelerators shown here are
 * those shortcuts. The renderer handles the key first and prevents the default, so a
 * shortcut never runs twice. Clipboard, undo and window items use Electron's roles (undo
 * and redo reach the editor's own history through the `beforeinput` events they fire).
 */
import type * as Electron from 'electron';
import type { HostCommand } from '../../core/api/contract.ts';

/** Builds the menu template; `send` delivers a command to the focused window's renderer. */
export function buildMenuTemplate(
  send: (command: HostCommand) => void,
  options: { readonly isMac: boolean; readonly isDev: boolean },
): Electron.MenuItemConstructorOptions[] {
  const item = (label: string, command: HostCommand, accelerator?: string): Electron.MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const template: Electron.MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        item('&New', 'file.new', 'CmdOrCtrl+N'),
        item('&Open…', 'file.open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item('&Save', 'file.save', 'CmdOrCtrl+S'),
        item('Save &As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
        { label: '&Export…', accelerator: 'CmdOrCtrl+Shift+E', click: () => send('file.export') },
        { type: 'separator' },
        { label: 'Save A&utomatically', click: () => send('settings.autosave') },
        { type: 'separator' },
        item('&Close Document', 'file.close', 'CmdOrCtrl+W'),
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('&Find…', 'edit.find', 'CmdOrCtrl+F'),
        item('Find and &Replace…', 'edit.replace', 'CmdOrCtrl+H'),
        item('&Link…', 'edit.link', 'CmdOrCtrl+K'),
        { type: 'separator' },
        // No accelerators: the editor's own keys (Ctrl+Shift+P, C, G) act on its selection; a menu
        // accelerator would swallow them before the page sees them.
        item('Tag as &Person…', 'tags.person'),
        item('Tag as &Country…', 'tags.country'),
        item('&Accept All Suggestions', 'tags.acceptAll'),
        item('Re&gistry of People and Countries…', 'tags.registry'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('&Document', 'view.document'),
        item('&Library', 'view.library', 'CmdOrCtrl+L'),
        item('Version &History…', 'view.history'),
        { type: 'separator' },
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
