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
import type { UiLanguage } from '../../core/i18n/ui-language.ts';
import { MENU_LABELS } from './menu-labels.ts';

/** Builds the menu template in `options.language`; `send` delivers a command to the focused window's renderer. */
export function buildMenuTemplate(
  send: (command: HostCommand) => void,
  options: { readonly isMac: boolean; readonly isDev: boolean; readonly language: UiLanguage },
): Electron.MenuItemConstructorOptions[] {
  const l = MENU_LABELS[options.language];
  const role = (name: keyof typeof l.roles): Electron.MenuItemConstructorOptions => {
    const label = l.roles[name];
    return label === undefined ? { role: name } : { role: name, label };
  };
  const item = (label: string, command: HostCommand, accelerator?: string): Electron.MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const shown = (label: string, command: HostCommand, accelerator: string): Electron.MenuItemConstructorOptions => ({
    ...item(label, command, accelerator),
    registerAccelerator: false,
  });
  const template: Electron.MenuItemConstructorOptions[] = [];
  if (options.isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: l.file,
      submenu: [
        item(l.new, 'file.new', 'CmdOrCtrl+N'),
        item(l.open, 'file.open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item(l.save, 'file.save', 'CmdOrCtrl+S'),
        item(l.saveAs, 'file.saveAs', 'CmdOrCtrl+Shift+S'),
        item(l.export, 'file.export', 'CmdOrCtrl+Shift+E'),
        { type: 'separator' },
        item(l.autosave, 'settings.autosave'),
        { type: 'separator' },
        item(l.closeDocument, 'file.close', 'CmdOrCtrl+W'),
        options.isMac ? role('close') : role('quit'),
      ],
    },
    {
      label: l.edit,
      submenu: [
        role('undo'),
        role('redo'),
        { type: 'separator' },
        role('cut'),
        role('copy'),
        role('paste'),
        role('selectAll'),
        { type: 'separator' },
        item(l.find, 'edit.find', 'CmdOrCtrl+F'),
        item(l.replace, 'edit.replace', 'CmdOrCtrl+H'),
        item(l.link, 'edit.link', 'CmdOrCtrl+K'),
        { type: 'separator' },
        // No accelerators: the editor's own keys (Ctrl+Shift+P, C, G) act on its selection; a menu
        // accelerator would swallow them before the page sees them.
        item(l.tagPerson, 'tags.person'),
        item(l.tagCountry, 'tags.country'),
        item(l.acceptAll, 'tags.acceptAll'),
        item(l.registry, 'tags.registry'),
      ],
    },
    {
      label: l.format,
      // The accelerators are shown, not registered: the editor's keymap runs these keys on its
      // selection, and a registered accelerator would run the command a second time.
      submenu: [
        shown(l.bold, 'format.bold', 'CmdOrCtrl+B'),
        shown(l.italic, 'format.italic', 'CmdOrCtrl+I'),
        { type: 'separator' },
        shown(l.paragraph, 'format.paragraph', 'CmdOrCtrl+Alt+0'),
        shown(l.subheading, 'format.subheading', 'CmdOrCtrl+Alt+2'),
        shown(l.quote, 'format.quote', 'CmdOrCtrl+Shift+9'),
        shown(l.bullets, 'format.bullets', 'CmdOrCtrl+Shift+8'),
        shown(l.numbers, 'format.numbers', 'CmdOrCtrl+Shift+7'),
        shown(l.lift, 'format.lift', 'CmdOrCtrl+['),
      ],
    },
    {
      label: l.view,
      submenu: [
        item(l.document, 'view.document'),
        item(l.library, 'view.library', 'CmdOrCtrl+L'),
        item(l.history, 'view.history'),
        { type: 'separator' },
        ...(options.isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
        role('resetZoom'),
        role('zoomIn'),
        role('zoomOut'),
        { type: 'separator' },
        role('togglefullscreen'),
      ],
    },
    l.window === undefined ? { role: 'windowMenu' } : { role: 'windowMenu', label: l.window },
    { role: 'help', ...(l.help === undefined ? {} : { label: l.help }), submenu: [item(l.about, 'app.about')] },
  );
  return template;
}
