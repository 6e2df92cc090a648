/**
 * The size of an article as version history reports it: characters of everything a reader
 * sees (headline, standfirst, dateline and body), so that a change to any of them shows as
 * a change in size.
 */
import { bodyPlainText, type Article } from '../article/model.ts';

/** Characters (Unicode code points) of the article's readable text. */
export function articleTextLength(article: Article): number {
  const parts = [article.headline, article.standfirst ?? '', article.dateline?.text ?? '', bodyPlainText(article)];
  let count = 0;
  // Code points, not UTF-16 units: "10 characters" should mean what a person counts.
  for (const part of parts) for (const _ of part) count++;
  return count;
}
