/**
 * The formatting commands (desktop host commands `format.*`) as editor commands, with their
 * keys: one table for the editor's keymap, the format bar and the Format menu, so they cannot
 * drift apart.
 */
import type { Command } from 'prosemirror-state';
import type { FormatCommand } from '../../../../core/api/contract.ts';
import {
  liftBlock,
  makeBlockquote,
  makeBulletList,
  makeOrderedList,
  makeParagraph,
  makeSubheading,
  toggleBold,
  toggleItalic,
} from './commands.ts';

/** The editor command of each Format menu command. */
export const FORMAT_COMMANDS: Readonly<Record<FormatCommand, Command>> = {
  'format.bold': toggleBold,
  'format.italic': toggleItalic,
  'format.paragraph': makeParagraph,
  'format.subheading': makeSubheading,
  'format.quote': makeBlockquote,
  'format.bullets': makeBulletList,
  'format.numbers': makeOrderedList,
  'format.lift': liftBlock,
};

/** The key of each formatting command in the editor's keymap (ProseMirror key names). */
export const FORMAT_KEYS: Readonly<Record<FormatCommand, string>> = {
  'format.bold': 'Mod-b',
  'format.italic': 'Mod-i',
  'format.paragraph': 'Mod-Alt-0',
  'format.subheading': 'Mod-Alt-2',
  'format.quote': 'Mod-Shift-9',
  'format.bullets': 'Mod-Shift-8',
  'format.numbers': 'Mod-Shift-7',
  'format.lift': 'Mod-[',
};

/** The keymap entries of the formatting commands. */
export function formatKeyBindings(): Record<string, Command> {
  return Object.fromEntries(
    (Object.keys(FORMAT_KEYS) as FormatCommand[]).map((command) => [FORMAT_KEYS[command], FORMAT_COMMANDS[command]]),
  );
}
