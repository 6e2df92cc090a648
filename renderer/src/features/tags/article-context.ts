/**
 * The article as context for paragraph suggestions. Suggestions are asked per paragraph (so
 * typing costs one paragraph), but a surname-only repeat ("Блинкен заявил") links to a full
 * name only when the tagger knows the name ("Энтони Блинкен" three paragraphs up). So the
 * people the article names in full are sent along with the paragraphs that may repeat them,
 * and each answer is cached under its text AND the names it was given: a paragraph's answer
 * changes exactly when the relevant names change, not whenever anything else in the article
 * does.
 */
import type { Node as PmNode } from 'prosemirror-model';
import type { SuggestedEntity } from '../../../../core/api/tags.ts';
import type { Entity } from '../../../../core/article/model.ts';
import { forEachTaggableBlock, type PosRange } from './suggestions.ts';

/** Letters of a name word that a repeat in any case form still starts with ("Блинкена" → "блин"). */
const STEM_LENGTH = 4;
/** Name words shorter than this are not looked for on their own (initials, particles). */
const MIN_WORD = 3;

/** A name written in full: at least two words ("Энтони Блинкен", "Ким Чен Ын"), not a lone surname. */
export function isFullName(name: string): boolean {
  return name.trim().split(/\s+/u).length >= 2;
}

/** The people named in full among confirmed entities and suggested entity ids, sorted and unique. */
export function fullNames(
  confirmed: readonly Entity[],
  suggestedIds: Iterable<string>,
  known: ReadonlyMap<string, SuggestedEntity>,
): string[] {
  const names = new Set<string>();
  for (const entity of confirmed) if (entity.type === 'person' && isFullName(entity.name)) names.add(entity.name);
  for (const id of suggestedIds) {
    const entity = known.get(id);
    if (entity?.type === 'person' && isFullName(entity.name)) names.add(entity.name);
  }
  return [...names].sort();
}

// Asked for every paragraph with every name of the article: computed once per name.
const stems = new Map<string, readonly string[]>();
function stemsOf(name: string): readonly string[] {
  let found = stems.get(name);
  if (!found) {
    found = name
      .toLocaleLowerCase()
      .split(/[\s-]+/u)
      .filter((w) => w.length >= MIN_WORD && !w.endsWith('.'))
      .map((w) => w.slice(0, STEM_LENGTH));
    if (stems.size > 10_000) stems.clear();
    stems.set(name, found);
  }
  return found;
}

/** A word of `text` starts with `stem` (case-insensitive). */
function startsAWord(lowerText: string, stem: string): boolean {
  for (let at = lowerText.indexOf(stem); at !== -1; at = lowerText.indexOf(stem, at + 1)) {
    const before = at === 0 ? '' : lowerText[at - 1]!;
    if (!/[\p{L}\p{N}]/u.test(before)) return true;
  }
  return false;
}

/**
 * The names of `people` that `text` may repeat: some word of the name (its first letters, so
 * any case form) starts a word of the text. Generous on purpose: a name sent needlessly costs
 * a cache entry, a name missed costs a link.
 */
export function namesIn(text: string, people: readonly string[]): string[] {
  if (people.length === 0) return [];
  const lower = text.toLocaleLowerCase();
  return people.filter((name) => stemsOf(name).some((stem) => startsAWord(lower, stem)));
}

/** The cache key of a paragraph's answer given `names`: the text alone when there are none. */
export function contextKey(text: string, names: readonly string[]): string {
  return names.length === 0 ? text : `${text}\u0001${names.join('\u0002')}`;
}

/** The taggable blocks of `doc` that may repeat one of `names`, as position ranges. */
export function blocksNaming(doc: PmNode, names: readonly string[]): PosRange[] {
  if (names.length === 0) return [];
  const ranges: PosRange[] = [];
  forEachTaggableBlock(doc, (block, pos) => {
    if (namesIn(block.textContent, names).length > 0) ranges.push({ from: pos, to: pos + block.nodeSize });
  });
  return ranges;
}
