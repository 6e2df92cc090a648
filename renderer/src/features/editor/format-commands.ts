/**
 * The Format menu's commands (desktop host commands `format.*`) as editor commands: one table,
 * so the menu and the format bar cannot drift apart.
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
