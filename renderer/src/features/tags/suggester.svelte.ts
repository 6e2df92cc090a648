/**
 * The suggestion source shared by every open editor: asks `tags.suggest` for paragraphs it
 * has not seen and caches the answer per paragraph TEXT, so typing in one paragraph costs
 * one request for that paragraph only, and a paragraph that reappears (undo, another tab)
 * costs none. A registry change invalidates the cache: what the tagger would suggest has
 * changed, in every article.
 */
import type { SuggestedEntity, SuggestedMention, TagSuggestions } from '../../../../core/api/tags.ts';

/** Sends one suggestion request (the `tags.suggest` call in the app, a fake in tests). */
export type SuggestRequest = (request: { blocks: string[]; language?: 'ru' | 'en' | 'kk' }) => Promise<TagSuggestions>;

/** Paragraph texts per request: keeps each request well under the API's limits. */
const BLOCKS_PER_REQUEST = 400;
/** Cache size at which it starts over (a day of heavy editing; memory stays bounded). */
const CACHE_LIMIT = 20_000;

/** The shared cache and request queue of suggestions. */
export class Suggester {
  /** The last failure, one line; null once a request succeeds again. */
  error = $state<string | null>(null);
  /** True while a request is out. */
  busy = $state(false);
  /** Every entity any answer named, by id. */
  readonly entities = new Map<string, SuggestedEntity>();
  private readonly cache = new Map<string, readonly SuggestedMention[]>();
  private readonly listeners = new Set<() => void>();
  private generation = 0;

  constructor(private readonly request: SuggestRequest) {}

  /** The cached mentions of a paragraph text; empty text has none. */
  readonly lookup = (text: string): readonly SuggestedMention[] | undefined => (text.trim() === '' ? [] : this.cache.get(text));

  /** The texts among `texts` with no cached answer, each once. */
  missing(texts: Iterable<string>): string[] {
    const out = new Set<string>();
    for (const text of texts) if (this.lookup(text) === undefined) out.add(text);
    return [...out];
  }

  /**
   * Fetches and caches the answers for `texts`. An answer that arrives after an
   * invalidation is dropped: it was computed against the old registry.
   */
  async fetch(texts: readonly string[], language?: string): Promise<void> {
    const generation = this.generation;
    const lang = language === 'ru' || language === 'en' || language === 'kk' ? language : undefined;
    this.busy = true;
    try {
      for (let i = 0; i < texts.length; i += BLOCKS_PER_REQUEST) {
        const blocks = texts.slice(i, i + BLOCKS_PER_REQUEST);
        const answer = await this.request(lang ? { blocks, language: lang } : { blocks });
        if (generation !== this.generation) return;
        if (this.cache.size + blocks.length > CACHE_LIMIT) this.cache.clear();
        for (const entity of answer.entities) this.entities.set(entity.id, entity);
        blocks.forEach((text, j) => this.cache.set(text, answer.blocks[j]?.mentions ?? []));
      }
      this.error = null;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  }

  /** Forgets every answer (the registry changed) and tells the editors to ask again. */
  invalidate(): void {
    this.generation++;
    this.cache.clear();
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` after every invalidation; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
