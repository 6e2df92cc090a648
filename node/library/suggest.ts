/**
 * Tag suggestions for reading an untagged article: what the tagger would tag, reported as
 * names only. Nothing is written back; the reader shows them marked as suggestions.
 */
import type { SuggestedTags } from '../../core/api/library.ts';
import type { Article } from '../../core/article/model.ts';
import { tagArticle } from '../../core/tagger/apply.ts';
import { loadTagger } from '../tagger/load-tagger.ts';

/** The people and countries the tagger finds in `article`. */
export async function suggestTags(article: Article): Promise<SuggestedTags> {
  const tagged = tagArticle(article, await loadTagger());
  return {
    people: tagged.entities.flatMap((e) => (e.type === 'person' ? [{ name: e.name }] : [])),
    countries: tagged.entities.flatMap((e) => (e.type === 'country' ? [{ code: e.code.toUpperCase(), name: e.name }] : [])),
  };
}
