/**
 * The suggestion source shared by every open editor: asks `tags.suggest` for paragraphs it
 * has not seen and caches the answer per paragraph TEXT (and the article's people it was
 * asked with), so typing in one paragraph costs
 * one request for that paragraph only, and a paragraph that reappears (undo, another tab)
 * costs none. A registry change invalidates the cache: what the tagger would suggest has
 * changed, in every article.
 */
import type { SuggestedEntity, SuggestedMention, TagSuggestions } from '../../../../core/api/tags.ts';
import { contextKey } from './article-context.ts';

/** Sends one suggestion request (the `tags.suggest` call in the app, a fake in tests). */
export type SuggestRequest = (request: { blocks: string[]; language?: 'ru' | 'en' | 'kk'; context?: string[] }) => Promise<TagSuggestions>;

/** A paragraph text to ask about, with the article's people it may repeat (see `article-context.ts`). */
export interface SuggestionQuery {
  readonly text: string;
  readonly names: readonly string[];
}

/** Paragraph texts per request: keeps each request well under the API's limits. */
const BLOCKS_PER_REQUEST = 400;
/** Cache size at which it starts over (a day of heavy editing; memory stays bounded). Room for a 10,000-paragraph article asked with and without context. */
const CACHE_LIMIT = 50_000;

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

  /** The cached mentions of a paragraph text asked with `names` as context; empty text has none. */
  lookup(text: string, names: readonly string[] = []): readonly SuggestedMention[] | undefined {
    return text.trim() === '' ? [] : this.cache.get(contextKey(text, names));
  }

  /** The entries among `entries` with no cached answer, each once. */
  missing(entries: Iterable<SuggestionQuery>): SuggestionQuery[] {
    const out = new Map<string, SuggestionQuery>();
    for (const entry of entries)
      if (this.lookup(entry.text, entry.names) === undefined) out.set(contextKey(entry.text, entry.names), entry);
    return [...out.values()];
  }

  /**
   * Fetches and caches the answers for `entries`, each under its text and names. One request
   * per BLOCKS_PER_REQUEST entries, with the union of their names as context: a name none of
   * a paragraph's words can be a form of cannot change that paragraph's answer. An answer that
   * arrives after an invalidation is dropped: it was computed against the old registry.
   */
  async fetch(entries: readonly SuggestionQuery[], language?: string): Promise<void> {
    const generation = this.generation;
    const lang = language === 'ru' || language === 'en' || language === 'kk' ? language : undefined;
    this.busy = true;
    try {
      for (let i = 0; i < entries.length; i += BLOCKS_PER_REQUEST) {
        const chunk = entries.slice(i, i + BLOCKS_PER_REQUEST);
        const context = [...new Set(chunk.flatMap((q) => q.names))];
        const answer = await this.request({
          blocks: chunk.map((q) => q.text),
          ...(lang ? { language: lang } : {}),
          ...(context.length > 0 ? { context } : {}),
        });
        if (generation !== this.generation) return;
        if (this.cache.size + chunk.length > CACHE_LIMIT) this.cache.clear();
        for (const entity of answer.entities) this.entities.set(entity.id, entity);
        chunk.forEach((q, j) => this.cache.set(contextKey(q.text, q.names), answer.blocks[j]?.mentions ?? []));
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
