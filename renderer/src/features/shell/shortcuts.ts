/**
 * The app's keyboard shortcuts, one table shared by the key handler, the application menu
 * (same command names, see electron/main/menu.ts) and the hints in the UI. Editing keys
 * (Ctrl+B, I, K, Z, Shift+Z) belong to the editor's keymap, not here.
 */
import type { HostCommand } from '../../../../core/api/contract.ts';

/** A shortcut: the key (lower case) and whether Shift is held, with Ctrl on Linux/Windows or Cmd on macOS. */
interface Shortcut {
  readonly key: string;
  readonly shift: boolean;
  readonly command: HostCommand;
}

const SHORTCUTS: readonly Shortcut[] = [
  { key: 'n', shift: false, command: 'file.new' },
  { key: 'o', shift: false, command: 'file.open' },
  { key: 's', shift: false, command: 'file.save' },
  { key: 's', shift: true, command: 'file.saveAs' },
  { key: 'w', shift: false, command: 'file.close' },
  { key: 'f', shift: false, command: 'edit.find' },
  { key: 'h', shift: false, command: 'edit.replace' },
  { key: 'l', shift: false, command: 'view.library' },
];

/** The command a key event asks for, or null. Uses `code` as a fallback so shortcuts work in a Russian layout. */
export function shortcutCommand(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): HostCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  const latin = /^Key([A-Z])$/.exec(event.code)?.[1]?.toLowerCase();
  const found = SHORTCUTS.find((s) => s.shift === event.shiftKey && (s.key === key || s.key === latin));
  return found?.command ?? null;
}
