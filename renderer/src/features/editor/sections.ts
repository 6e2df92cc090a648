/**
 * Sections: invisible groups of consecutive body blocks. They exist only for speed and never
 * reach the Article model (`convert.ts` flattens them). A body of 10,000 paragraphs as one
 * flat list costs every keystroke a walk over 10,000 children, in ProseMirror's view update
 * and in the browser's layout, even with CSS containment; grouped into sections of about
 * SECTION_SIZE blocks, a keystroke touches about √n nodes instead, and an off-screen section
 * (`content-visibility: auto` in app.css) skips layout as one box.
 *
 * Being invisible, a section boundary must never change what an editing command does:
 * - `sectionPlugin` splits a section that grew past MAX_SECTION_SIZE (pasting, Enter);
 * - `acrossSections` wraps block commands (wrap in a list or quote, lift) so a selection
 *   spanning sections behaves as if the body were one list;
 * - `joinBackwardAcrossSections` / `joinForwardAcrossSections` make Backspace at the start of
 *   a section (and Delete at its end) join the paragraphs, not the two invisible sections.
 */
import { Selection, Plugin, EditorState, type Command, type Transaction } from 'prosemirror-state';
import { joinBackward, joinForward } from 'prosemirror-commands';
import type { Node as PmNode, ResolvedPos } from 'prosemirror-model';
import { nodes } from './schema.ts';

/** Blocks per section when an article is loaded: about √10,000, the longest article benchmarked. */
export const SECTION_SIZE = 100;
/** A section longer than this (after pasting or typing Enter) is split in two. */
export const MAX_SECTION_SIZE = 2 * SECTION_SIZE;

/** The body's sections for `blocks`: consecutive runs of SECTION_SIZE blocks (none for no blocks). */
export function sectionsOf(blocks: readonly PmNode[]): PmNode[] {
  const sections: PmNode[] = [];
  for (let i = 0; i < blocks.length; i += SECTION_SIZE) sections.push(nodes.section.create(null, blocks.slice(i, i + SECTION_SIZE)));
  return sections;
}

/** The depth of the section that holds `$pos`, or -1 when it is outside the body. */
function sectionDepth($pos: ResolvedPos): number {
  for (let d = $pos.depth; d > 0; d--) if ($pos.node(d).type === nodes.section) return d;
  return -1;
}

/** Joins every section boundary between `from` and `to` in `tr` (its doc positions). */
function joinSectionsBetween(tr: Transaction, from: number, to: number): void {
  const $from = tr.doc.resolve(from);
  const $to = tr.doc.resolve(to);
  const fromDepth = sectionDepth($from);
  const toDepth = sectionDepth($to);
  if (fromDepth < 0 || toDepth < 0 || fromDepth !== toDepth) return;
  const first = $from.index(fromDepth - 1);
  const last = $to.index(toDepth - 1);
  const bodyStart = $from.start(fromDepth - 1);
  const body = $from.node(fromDepth - 1);
  // Joined from the last boundary back, so earlier positions stay valid.
  const boundaries: number[] = [];
  let pos = bodyStart;
  for (let i = 0; i < last; i++) {
    pos += body.child(i).nodeSize;
    if (i >= first) boundaries.push(pos);
  }
  for (const boundary of boundaries.reverse()) tr.join(boundary);
}

/**
 * Runs `command` on the document with the sections between `range(state)` joined first, as
 * one transaction (one undo step). Without a boundary in the range, runs it as it is.
 */
function withSectionsJoined(
  command: Command,
  range: (state: EditorState) => readonly [number, number] | null,
  onlyAtBoundary = false,
): Command {
  return (state, dispatch) => {
    const span = range(state);
    if (!span && onlyAtBoundary) return false;
    const tr = state.tr;
    if (span) joinSectionsBetween(tr, span[0], span[1]);
    if (!tr.docChanged) return command(state, dispatch);
    // A plain state over the joined doc: the wrapped commands read only the doc and selection.
    const joined = EditorState.create({
      doc: tr.doc,
      selection: state.selection.map(tr.doc, tr.mapping),
      storedMarks: state.storedMarks,
    });
    let inner: Transaction | undefined;
    if (!command(joined, (t) => (inner = t))) return false;
    if (!dispatch) return true;
    if (inner) {
      for (const step of inner.steps) tr.step(step);
      tr.setSelection(Selection.fromJSON(tr.doc, inner.selection.toJSON()));
      if (inner.storedMarksSet) tr.setStoredMarks(inner.storedMarks);
      if (inner.scrolledIntoView) tr.scrollIntoView();
    }
    dispatch(tr);
    return true;
  };
}

/** Makes a block command (wrap, lift) see a selection that spans sections as one run of blocks. */
export function acrossSections(command: Command): Command {
  return withSectionsJoined(command, (state) => [state.selection.from, state.selection.to]);
}

/** The caret when it is empty and at the start (or end) of the first (last) textblock of a section that has a neighbour that way. */
function sectionEdgeCaret(state: EditorState, forward: boolean): ResolvedPos | null {
  const { $head, empty } = state.selection;
  if (!empty || !$head.parent.isTextblock) return null;
  if (forward ? $head.parentOffset < $head.parent.content.size : $head.parentOffset > 0) return null;
  const depth = sectionDepth($head);
  if (depth < 0) return null;
  for (let d = $head.depth - 1; d >= depth; d--) {
    const index = $head.index(d);
    if (forward ? index < $head.node(d).childCount - 1 : index > 0) return null;
  }
  const index = $head.index(depth - 1);
  return (forward ? index < $head.node(depth - 1).childCount - 1 : index > 0) ? $head : null;
}

/** Backspace at the start of a section joins with the block before it, as in an unsectioned body; elsewhere it declines (false). */
export const joinBackwardAcrossSections: Command = withSectionsJoined(
  joinBackward,
  (state) => {
    const $caret = sectionEdgeCaret(state, false);
    return $caret ? [$caret.before(sectionDepth($caret)) - 1, $caret.pos] : null;
  },
  true,
);

/** Delete at the end of a section joins with the block after it, as in an unsectioned body; elsewhere it declines (false). */
export const joinForwardAcrossSections: Command = withSectionsJoined(
  joinForward,
  (state) => {
    const $caret = sectionEdgeCaret(state, true);
    return $caret ? [$caret.pos, $caret.after(sectionDepth($caret)) + 1] : null;
  },
  true,
);

/** Splits sections that grew past MAX_SECTION_SIZE blocks; part of the edit's undo step. */
export function sectionPlugin(): Plugin {
  return new Plugin({
    appendTransaction(transactions, _old, state) {
      if (!transactions.some((t) => t.docChanged)) return null;
      let tr: Transaction | null = null;
      state.doc.forEach((child, offset) => {
        if (child.type !== nodes.body) return;
        // Splits from the end so earlier positions stay valid; a section of any size ends up in pieces of SECTION_SIZE.
        const splits: number[] = [];
        let pos = offset + 1;
        child.forEach((section) => {
          if (section.childCount > MAX_SECTION_SIZE) {
            let at = pos + 1;
            for (let i = 0; i < section.childCount; i++) {
              if (i > 0 && i % SECTION_SIZE === 0) splits.push(at);
              at += section.child(i).nodeSize;
            }
          }
          pos += section.nodeSize;
        });
        if (splits.length === 0) return;
        tr = state.tr;
        for (const at of splits.reverse()) tr.split(at);
      });
      return tr;
    },
  });
}
