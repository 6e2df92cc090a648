/**
 * A readable diff between two versions of an article: block by block (headline, standfirst,
 * dateline, paragraphs, list items), and word by word inside a block that was edited rather
 * than replaced. The UI renders it as is; nothing here knows about the DOM.
 *
 * Invariant: for every block, the `equal` and `delete` segments joined give the block's text
 * in `before`, and the `equal` and `insert` segments joined give its text in `after`.
 */
import { diffArrays } from 'diff';
import type { Article, ArticleMeta, Block } from '../article/model.ts';

/** What happened to a run of text. */
export type SegmentKind = 'equal' | 'insert' | 'delete';

/** A run of text and what happened to it. */
export interface DiffSegment {
  readonly kind: SegmentKind;
  readonly text: string;
}

/** Which part of the article a diffed block is. */
export type DiffRole = 'headline' | 'standfirst' | 'dateline' | 'paragraph' | 'subheading' | 'blockquote' | 'list-item';

/**
 * One block of the diff. `modify` blocks carry a word-level diff; `insert` and `delete`
 * blocks one segment of their whole text. `formatOnly` marks a block whose text is the same
 * but whose formatting (bold, links, tags, list kind, block type) changed.
 */
export interface BlockDiff {
  readonly kind: 'equal' | 'insert' | 'delete' | 'modify';
  readonly role: DiffRole;
  readonly segments: readonly DiffSegment[];
  readonly formatOnly: boolean;
}

/** The metadata fields the diff compares (times and source change on every save, so they are left out). */
export type MetaField = 'byline' | 'slug' | 'language' | 'status' | 'urgency' | 'keywords';

/** A changed metadata field, as display strings ("" for unset). */
export interface MetaChange {
  readonly field: MetaField;
  readonly before: string;
  readonly after: string;
}

/** The diff of two articles. `inserted` and `deleted` count characters (code points). */
export interface ArticleDiff {
  readonly blocks: readonly BlockDiff[];
  readonly meta: readonly MetaChange[];
  readonly inserted: number;
  readonly deleted: number;
  /** True when nothing a reader or the metadata panel shows differs. */
  readonly identical: boolean;
}

/** A row to show: a block, or a run of unchanged blocks folded away. */
export type DiffRow = BlockDiff | { readonly kind: 'skip'; readonly count: number };

interface Unit {
  readonly role: DiffRole;
  readonly text: string;
  /** Text plus formatting: units with equal keys are unchanged. */
  readonly key: string;
}

// Paired blocks sharing fewer words than this are shown as one deleted and one inserted
// block: a word diff of two unrelated paragraphs is noise.
const SIMILARITY_THRESHOLD = 0.35;
// How far ahead in a changed run to look for the counterpart of a deleted block.
const PAIRING_LOOKAHEAD = 8;

/** Diffs `before` (e.g. a saved version) against `after` (e.g. the current text). */
export function diffArticles(before: Article, after: Article): ArticleDiff {
  const tokenize = wordTokenizer(after.meta.language || before.meta.language);
  const oldUnits = articleUnits(before);
  const newUnits = articleUnits(after);
  const blocks: BlockDiff[] = [];
  let removed: Unit[] = [];
  let added: Unit[] = [];
  let i = 0;
  let j = 0;
  const flush = () => {
    blocks.push(...pairHunk(removed, added, tokenize));
    removed = [];
    added = [];
  };
  for (const change of diffArrays(
    oldUnits.map((u) => u.key),
    newUnits.map((u) => u.key),
  )) {
    const count = change.value.length;
    if (change.removed) removed.push(...oldUnits.slice(i, (i += count)));
    else if (change.added) added.push(...newUnits.slice(j, (j += count)));
    else {
      flush();
      for (const unit of newUnits.slice(j, j + count)) blocks.push(whole('equal', unit));
      i += count;
      j += count;
    }
  }
  flush();
  const meta = metaChanges(before.meta, after.meta);
  let inserted = 0;
  let deleted = 0;
  for (const block of blocks) {
    for (const segment of block.segments) {
      if (segment.kind === 'insert') inserted += codePoints(segment.text);
      else if (segment.kind === 'delete') deleted += codePoints(segment.text);
    }
  }
  const identical = meta.length === 0 && blocks.every((b) => b.kind === 'equal');
  return { blocks, meta, inserted, deleted, identical };
}

/** The diff's blocks with unchanged runs folded, keeping `context` unchanged blocks next to each change. */
export function foldUnchanged(diff: ArticleDiff, context = 1): DiffRow[] {
  const keep = diff.blocks.map((b) => b.kind !== 'equal');
  const near = keep.map((_, index) => {
    for (let d = -context; d <= context; d++) if (keep[index + d]) return true;
    return false;
  });
  const rows: DiffRow[] = [];
  let skipped = 0;
  diff.blocks.forEach((block, index) => {
    if (near[index]) {
      if (skipped > 0) rows.push({ kind: 'skip', count: skipped });
      skipped = 0;
      rows.push(block);
    } else skipped++;
  });
  if (skipped > 0) rows.push({ kind: 'skip', count: skipped });
  return rows;
}

function articleUnits(article: Article): Unit[] {
  const units: Unit[] = [];
  const push = (role: DiffRole, text: string, format: unknown = null) =>
    units.push({ role, text, key: `${role}\u0000${text}\u0000${JSON.stringify(format)}` });
  if (article.headline) push('headline', article.headline);
  if (article.standfirst) push('standfirst', article.standfirst);
  if (article.dateline) push('dateline', article.dateline.text);
  for (const block of article.blocks) pushBlock(block, push);
  return units;
}

function pushBlock(block: Block, push: (role: DiffRole, text: string, format?: unknown) => void): void {
  switch (block.type) {
    case 'list':
      for (const item of block.items) push('list-item', item.text, [block.ordered, item.marks]);
      return;
    case 'blockquote':
      // The attribution is shown, so a changed attribution is a text change.
      push('blockquote', block.attribution ? `${block.text}\n— ${block.attribution}` : block.text, block.marks);
      return;
    default:
      push(block.type, block.text, block.marks);
  }
}

function whole(kind: 'equal' | 'insert' | 'delete', unit: Unit): BlockDiff {
  return { kind, role: unit.role, segments: unit.text ? [{ kind, text: unit.text }] : [], formatOnly: false };
}

/** Turns one changed run (blocks removed, blocks added) into modified, deleted and inserted blocks. */
function pairHunk(removed: readonly Unit[], added: readonly Unit[], tokenize: Tokenizer): BlockDiff[] {
  const out: BlockDiff[] = [];
  const addedTokens = added.map((u) => tokenize(u.text));
  let j = 0;
  for (const old of removed) {
    const oldTokens = tokenize(old.text);
    let match = -1;
    for (let k = j; k < Math.min(added.length, j + PAIRING_LOOKAHEAD); k++) {
      if (similarity(oldTokens, addedTokens[k] ?? []) >= SIMILARITY_THRESHOLD) {
        match = k;
        break;
      }
    }
    if (match < 0) {
      out.push(whole('delete', old));
      continue;
    }
    for (; j < match; j++) out.push(whole('insert', added[j] as Unit));
    const counterpart = added[match] as Unit;
    const formatOnly = old.text === counterpart.text;
    out.push({
      kind: 'modify',
      role: counterpart.role,
      segments: formatOnly ? whole('equal', counterpart).segments : wordSegments(oldTokens, addedTokens[match] ?? []),
      formatOnly,
    });
    j = match + 1;
  }
  for (; j < added.length; j++) out.push(whole('insert', added[j] as Unit));
  return out;
}

/** Share of words two token lists have in common (0 to 1); empty texts are similar to each other only. */
function similarity(a: readonly string[], b: readonly string[]): number {
  const wordsA = new Set(a.filter(isWord));
  const wordsB = new Set(b.filter(isWord));
  if (wordsA.size === 0 || wordsB.size === 0) return wordsA.size === wordsB.size ? 1 : 0;
  let common = 0;
  for (const word of wordsA) if (wordsB.has(word)) common++;
  return common / Math.max(wordsA.size, wordsB.size);
}

function isWord(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token);
}

/**
 * Word-level segments. Whitespace the two texts happen to share between replaced words is
 * folded into the replacement, so "a b" → "c d" reads as one change rather than four.
 */
function wordSegments(before: string[], after: string[]): DiffSegment[] {
  const changes = diffArrays(before, after);
  const out: DiffSegment[] = [];
  let deleted = '';
  let inserted = '';
  const push = (kind: SegmentKind, text: string) => {
    const last = out[out.length - 1];
    if (last?.kind === kind) out[out.length - 1] = { kind, text: last.text + text };
    else out.push({ kind, text });
  };
  const flush = () => {
    if (deleted) push('delete', deleted);
    if (inserted) push('insert', inserted);
    deleted = inserted = '';
  };
  changes.forEach((change, index) => {
    const text = change.value.join('');
    if (change.added) inserted += text;
    else if (change.removed) deleted += text;
    else if (deleted && inserted && index < changes.length - 1 && /^\s+$/u.test(text)) {
      deleted += text;
      inserted += text;
    } else {
      flush();
      push('equal', text);
    }
  });
  flush();
  return out;
}

type Tokenizer = (text: string) => string[];

/** Splits text into words, spaces and punctuation, using the language's word rules where available. */
function wordTokenizer(language: string): Tokenizer {
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Intl.Segmenter(language || undefined, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    return (text) => Array.from(segmenter.segment(text), (s) => s.segment);
  }
  return (text) => text.match(/\s+|[\p{L}\p{N}\p{M}_]+|[^\s\p{L}\p{N}\p{M}_]/gu) ?? [];
}

function metaChanges(before: ArticleMeta, after: ArticleMeta): MetaChange[] {
  const fields: readonly [MetaField, (meta: ArticleMeta) => string][] = [
    ['byline', (m) => m.byline ?? ''],
    ['slug', (m) => m.slug ?? ''],
    ['language', (m) => m.language],
    ['status', (m) => m.status],
    ['urgency', (m) => (m.urgency === undefined ? '' : String(m.urgency))],
    ['keywords', (m) => m.keywords.join(', ')],
  ];
  const changes: MetaChange[] = [];
  for (const [field, read] of fields) {
    const [a, b] = [read(before), read(after)];
    if (a !== b) changes.push({ field, before: a, after: b });
  }
  return changes;
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
