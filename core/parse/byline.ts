/**
 * Byline recognition: a paragraph of its own that names the author, in the forms the
 * newsroom's sources use — "Автор: Иван Петров", "Авторы: …", "Author: …", "By Jane Doe".
 */

const LABELLED = /^(?:Автор|Авторы|Автордың аты|Author|Authors|Текст)\s*:\s*(?<name>\S.{0,118})$/u;
const NAME_WORD = String.raw`[\p{Lu}][\p{L}’'.\-]*`;
const BY = new RegExp(String.raw`^By\s+(?<name>${NAME_WORD}(?:,?\s+(?:and\s+|&\s+)?${NAME_WORD}){0,7})$`, 'u');

/** The author named by a byline paragraph, or null when `paragraph` is not a byline. */
export function matchByline(paragraph: string): string | null {
  const text = paragraph.trim();
  if (text.length > 120) return null;
  const name = (LABELLED.exec(text) ?? BY.exec(text))?.groups?.name;
  return name ? name.trim().replace(/[.;]$/u, '') : null;
}
