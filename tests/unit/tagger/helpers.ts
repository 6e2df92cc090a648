/** Shared test helpers: one loaded tagger per test file, compact views of results. */
import { loadTagger } from '../../../node/tagger/load-tagger.ts';
import type { TagOptions } from '../../../core/tagger/tagger.ts';
import type { TagResult } from '../../../core/tagger/types.ts';

export async function tag(text: string, options: TagOptions = {}): Promise<TagResult> {
  return (await loadTagger()).tag(text, options);
}

/** Person name → mention texts. */
export function peopleOf(result: TagResult): Record<string, string[]> {
  return Object.fromEntries(result.people.map((p) => [p.name, p.mentions.map((m) => m.text)]));
}

/** Country code → mention texts (with `:adjective` for adjectives). */
export function countriesOf(result: TagResult): Record<string, string[]> {
  return Object.fromEntries(
    result.countries.map((c) => [c.code, c.mentions.map((m) => (m.kind === 'adjective' ? `${m.text}:adjective` : m.text))]),
  );
}
