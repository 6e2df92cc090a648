/**
 * Typography while typing, by article language. Russian (and Kazakh) copy uses «ёлочки» with
 * „лапки“ for quotes inside quotes; English uses “curly” and ‘single’ quotes and ’ for
 * apostrophes. In every language `--` becomes an em dash and `...` an ellipsis. The rules
 * read the language from the document's metadata at the moment of typing, so changing the
 * article's language changes the typography from the next keystroke on.
 */
import { InputRule, inputRules } from 'prosemirror-inputrules';
import type { Plugin } from 'prosemirror-state';
import { docMeta } from './convert.ts';

/** The quoting conventions a language uses. */
export type QuoteStyle = 'russian' | 'english' | 'none';

/** The quote style of a BCP 47 language tag. */
export function quoteStyleFor(language: string): QuoteStyle {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  if (primary === 'ru' || primary === 'kk' || primary === 'uk' || primary === 'be') return 'russian';
  if (primary === 'en') return 'english';
  return 'none';
}

/** Text before which a quote opens rather than closes. */
const OPENS_AFTER = /(^|[\s([{«„“‘—–-])$/u;

const count = (text: string, char: string) => text.split(char).length - 1;

/**
 * The character a typed straight quote (`"` or `'`) becomes after `before` (the text of the
 * block up to the cursor), or null to keep it as typed.
 */
export function smartQuote(before: string, typed: '"' | "'", style: QuoteStyle): string | null {
  const opening = OPENS_AFTER.test(before);
  if (style === 'english') {
    if (typed === '"') return opening ? '“' : '”';
    return opening ? '‘' : '’';
  }
  if (style === 'russian') {
    if (typed === "'") return opening ? null : '’';
    const outerOpen = count(before, '«') > count(before, '»');
    const innerOpen = count(before, '„') > count(before, '“');
    if (opening) return outerOpen ? '„' : '«';
    if (innerOpen) return '“';
    return '»';
  }
  return null;
}

function quoteRule(typed: '"' | "'"): InputRule {
  return new InputRule(new RegExp(`${typed}$`), (state, _match, start, end) => {
    const $start = state.doc.resolve(start);
    const before = $start.parent.textBetween(0, $start.parentOffset, undefined, '\ufffc');
    const replacement = smartQuote(before, typed, quoteStyleFor(docMeta(state.doc).language));
    return replacement === null ? null : state.tr.insertText(replacement, start, end);
  });
}

/** The typography input rules; undoing right after a replacement (Backspace) restores what was typed. */
export function typographyRules(): Plugin {
  return inputRules({
    rules: [new InputRule(/--$/, '—'), new InputRule(/\.\.\.$/, '…'), quoteRule('"'), quoteRule("'")],
  });
}
