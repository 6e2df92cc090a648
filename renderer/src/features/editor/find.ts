/**
 * Find and replace as a ProseMirror plugin. The search itself is a pure function over the
 * document (`findMatches`); the plugin keeps the query, the matches and the current match
 * in its state and draws them as decorations. Replace-all is one transaction, so one undo
 * step puts every replaced match back.
 */
import type { Node as PmNode } from 'prosemirror-model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** What to look for. */
export interface FindQuery {
  readonly text: string;
  readonly matchCase: boolean;
  readonly wholeWord: boolean;
  readonly regex: boolean;
}

/** A match: document positions `[from, to)`, and for regex queries the captured groups. */
export interface FindMatch {
  readonly from: number;
  readonly to: number;
  readonly groups: readonly string[];
}

/** A query compiled to a RegExp, or the one-line reason it cannot be. */
export type CompiledQuery = { readonly ok: true; readonly re: RegExp } | { readonly ok: false; readonly message: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles a query; whole-word matching treats letters, digits and `_` of any script as word characters. */
export function compileQuery(query: FindQuery): CompiledQuery {
  if (!query.text) return { ok: false, message: '' };
  let source = query.regex ? query.text : escapeRegExp(query.text);
  if (query.wholeWord) source = `(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`;
  try {
    return { ok: true, re: new RegExp(source, query.matchCase ? 'gu' : 'giu') };
  } catch (error) {
    return { ok: false, message: (error as Error).message.split('\n')[0] ?? 'invalid regular expression' };
  }
}

/** Every non-empty match of `re` in the textblocks of `doc`, in document order. */
export function findMatches(doc: PmNode, re: RegExp): FindMatch[] {
  const out: FindMatch[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textContent;
    if (!text) return false;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ from: pos + 1 + m.index, to: pos + 1 + m.index + m[0].length, groups: [...m] });
    }
    return false;
  });
  return out;
}

/** The replacement text for a match: `$1`, `$<name>`, `$&` and `$$` expand for regex queries only. */
export function expandReplacement(match: FindMatch, replacement: string, regex: boolean): string {
  if (!regex) return replacement;
  return replacement.replace(/\$(\$|&|\d{1,2})/g, (all, ref: string) => {
    if (ref === '$') return '$';
    if (ref === '&') return match.groups[0] ?? '';
    return match.groups[Number(ref)] ?? all;
  });
}

/** The find plugin's state. */
export interface FindState {
  readonly query: FindQuery | null;
  readonly matches: readonly FindMatch[];
  /** Index of the current match in `matches`, or -1. */
  readonly current: number;
  /** Why the query cannot run (bad regex), or ''. */
  readonly error: string;
  readonly decorations: DecorationSet;
}

/** The plugin key; read the state with `findKey.getState(state)`. */
export const findKey = new PluginKey<FindState>('find');

const EMPTY: FindState = { query: null, matches: [], current: -1, error: '', decorations: DecorationSet.empty };

type FindMeta = { readonly query: FindQuery | null } | { readonly current: number };

function decorate(doc: PmNode, matches: readonly FindMatch[], current: number): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === current ? 'find-match find-current' : 'find-match' })),
  );
}

function search(doc: PmNode, query: FindQuery | null, near: number): FindState {
  if (!query) return EMPTY;
  const compiled = compileQuery(query);
  if (!compiled.ok) return { ...EMPTY, query, error: compiled.message };
  const matches = findMatches(doc, compiled.re);
  const after = matches.findIndex((m) => m.from >= near);
  const current = matches.length === 0 ? -1 : after === -1 ? 0 : after;
  return { query, matches, current, error: '', decorations: decorate(doc, matches, current) };
}

/** The find-and-replace plugin. */
export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => EMPTY,
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(findKey) as FindMeta | undefined;
        if (meta && 'query' in meta) return search(state.doc, meta.query, state.selection.from);
        if (meta && 'current' in meta)
          return { ...value, current: meta.current, decorations: decorate(state.doc, value.matches, meta.current) };
        if (tr.docChanged && value.query)
          return search(state.doc, value.query, tr.mapping.map(value.matches[value.current]?.from ?? state.selection.from));
        return value;
      },
    },
    props: { decorations: (state) => findKey.getState(state)?.decorations ?? DecorationSet.empty },
  });
}

/** A transaction that sets (or with null, clears) the query. */
export function setQuery(state: EditorState, query: FindQuery | null): Transaction {
  return state.tr.setMeta(findKey, { query });
}

/** A transaction that moves to the next (or previous) match and selects it, or null without matches. */
export function moveToMatch(state: EditorState, direction: 1 | -1): Transaction | null {
  const find = findKey.getState(state);
  if (!find || find.matches.length === 0) return null;
  const current = (find.current + direction + find.matches.length) % find.matches.length;
  const match = find.matches[current] as FindMatch;
  return state.tr
    .setMeta(findKey, { current })
    .setSelection(TextSelection.create(state.doc, match.from, match.to))
    .scrollIntoView();
}

/** A transaction replacing the current match (then selecting the next), or null without one. */
export function replaceCurrent(state: EditorState, replacement: string): Transaction | null {
  const find = findKey.getState(state);
  const match = find?.matches[find.current];
  if (!find?.query || !match) return null;
  const text = expandReplacement(match, replacement, find.query.regex);
  const tr = state.tr.insertText(text, match.from, match.to);
  return tr.setSelection(TextSelection.create(tr.doc, match.from + text.length)).scrollIntoView();
}

/** One transaction replacing every match (one undo step), or null without matches. */
export function replaceAll(state: EditorState, replacement: string): Transaction | null {
  const find = findKey.getState(state);
  if (!find?.query || find.matches.length === 0) return null;
  const tr = state.tr;
  for (let i = find.matches.length - 1; i >= 0; i--) {
    const match = find.matches[i] as FindMatch;
    const text = expandReplacement(match, replacement, find.query.regex);
    if (text) tr.insertText(text, match.from, match.to);
    else tr.delete(match.from, match.to);
  }
  return tr;
}
