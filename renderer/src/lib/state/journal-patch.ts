/**
 * Incremental crash-journal writes. A long article costs the main thread hundreds of
 * milliseconds to serialize and hand to the transport whole; between two journal writes a
 * typist changes a block or two. The editor's conversion returns the very same block objects
 * for unchanged blocks (see `docToArticle`), so comparing blocks by identity finds the
 * changed run in one pass of pointer comparisons, and only that run is sent
 * (`documents.journalPatch`). Whenever the backend cannot apply a patch, the whole article
 * is sent at once (`documents.journalWrite`): a refused patch never costs the journal a word.
 */
import type { ApiRequest, CopydeskApi } from '../../../../core/api/contract.ts';
import type { Article, Block } from '../../../../core/article/model.ts';

/** One splice of a body: `deleteCount` blocks at `start` replaced by `blocks`. */
export interface BlockSplice {
  readonly start: number;
  readonly deleteCount: number;
  readonly blocks: readonly Block[];
}

/**
 * The smallest single splice that turns `previous` into `next` when blocks are compared by
 * identity: the common prefix and suffix are kept, everything between is replaced. A block
 * equal in value but not in identity counts as changed, which costs bytes, never correctness.
 */
export function diffBlocks(previous: readonly Block[], next: readonly Block[]): BlockSplice {
  const shorter = Math.min(previous.length, next.length);
  let prefix = 0;
  while (prefix < shorter && previous[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  // The suffix may not overlap the prefix in either array.
  while (suffix < shorter - prefix && previous[previous.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  return { start: prefix, deleteCount: previous.length - prefix - suffix, blocks: next.slice(prefix, next.length - suffix) };
}

/** What one journal write of a tab sends besides the article. */
export interface JournalTarget {
  readonly key: string;
  readonly path?: string | undefined;
  readonly name: string;
  readonly baseRevision: string | null;
}

/** The journal target of an open document tab. */
export function journalTarget(tab: {
  readonly key: string;
  readonly path?: string | undefined;
  readonly name: string;
  readonly revision: string | null;
}): JournalTarget {
  return { key: tab.key, path: tab.path, name: tab.name || 'untitled', baseRevision: tab.revision };
}

/** How a journal write went: the request that was sent last and what its synchronous part cost. */
export interface JournalOutcome {
  /** `patch` when only changed blocks were sent and accepted; `full` when the whole article was sent. */
  readonly kind: 'patch' | 'full';
  /** Main-thread milliseconds of the last request: conversion, diff, serialization, hand-off. */
  readonly costMs: number;
  /** Why the last request failed; absent when the entry is now the article. */
  readonly error?: unknown;
}

/**
 * The cost that paces a tab's next journal write (see `journalDelay`), or undefined for "not
 * known yet". A whole-article write that succeeded is followed by patches, so its large cost
 * says nothing about the next write; any other outcome costs what the next write will cost
 * (a patch after a patch, a whole write again after a failed one).
 */
export function pacingCost(outcome: JournalOutcome): number | undefined {
  return outcome.kind === 'full' && outcome.error === undefined ? undefined : outcome.costMs;
}

/** The calls a JournalWriter uses. */
export type JournalApi = Pick<CopydeskApi, 'documents.journalWrite' | 'documents.journalPatch'>;

type WriteRequest = ApiRequest<'documents.journalWrite'>;
type PatchRequest = ApiRequest<'documents.journalPatch'>;

/**
 * Sends journal writes, per key one at a time and each after the previous was answered, as
 * patches against the last write the backend accepted. Invariant: a key's base is the id and
 * body of a write the backend acknowledged; it is dropped on any failure and on `forget`, so
 * the next write is full.
 */
export class JournalWriter {
  private readonly bases = new Map<string, { readonly id: string; readonly blocks: readonly Block[] }>();
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly api: JournalApi,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Journals `article()` for `target` once the key's previous write is answered. `article`
   * is called then, not before, so the entry holds the text of that moment. Never throws.
   */
  write(target: JournalTarget, article: () => Article): Promise<JournalOutcome> {
    const previous = this.queues.get(target.key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.send(target, article));
    this.queues.set(target.key, next);
    const done = () => {
      if (this.queues.get(target.key) === next) this.queues.delete(target.key);
    };
    next.then(done, done);
    return next;
  }

  /** The id of the key's last write the backend accepted (what `documents.saveJournalled` saves), if any. */
  lastAccepted(key: string): string | undefined {
    return this.bases.get(key)?.id;
  }

  /** Drops the key's base (its tab closed): its next write is full. */
  forget(key: string): void {
    this.bases.delete(key);
  }

  private async send(target: JournalTarget, article: () => Article): Promise<JournalOutcome> {
    const started = this.now();
    let current: Article;
    try {
      current = article();
    } catch (error) {
      return { kind: 'full', costMs: this.now() - started, error };
    }
    const base = this.bases.get(target.key);
    if (!base) return this.sendFull(target, current, started);
    const splice = diffBlocks(base.blocks, current.blocks);
    const { blocks: _body, ...rest } = current;
    const request = {
      ...this.common(target),
      base: base.id,
      article: rest,
      start: splice.start,
      deleteCount: splice.deleteCount,
      blocks: splice.blocks,
    } as PatchRequest;
    let costMs = 0;
    try {
      const pending = this.api['documents.journalPatch'](request);
      costMs = this.now() - started;
      this.accept(target.key, (await pending).id, current);
      return { kind: 'patch', costMs };
    } catch {
      // Whatever the reason (backend restarted, entry discarded, a failed write), the whole
      // article goes at once, so the entry is never left behind the editor.
      this.bases.delete(target.key);
    }
    return this.sendFull(target, current, this.now());
  }

  private async sendFull(target: JournalTarget, current: Article, started: number): Promise<JournalOutcome> {
    let costMs = 0;
    try {
      const pending = this.api['documents.journalWrite']({ ...this.common(target), article: current } as WriteRequest);
      costMs = this.now() - started;
      this.accept(target.key, (await pending).id, current);
      return { kind: 'full', costMs };
    } catch (error) {
      this.bases.delete(target.key);
      return { kind: 'full', costMs: costMs || this.now() - started, error };
    }
  }

  private accept(key: string, id: string, article: Article): void {
    this.bases.set(key, { id, blocks: article.blocks });
  }

  private common(target: JournalTarget) {
    return {
      key: target.key,
      ...(target.path ? { path: target.path } : {}),
      name: target.name,
      baseRevision: target.baseRevision,
    };
  }
}
