/**
 * Making lists. A story list item holds exactly one paragraph, so ProseMirror's generic
 * `wrapInList` cannot wrap several selected paragraphs (it would need one item holding them
 * all). Here every selected paragraph or subheading becomes its own item, lists already in the
 * selection contribute their items, and a list of the other kind is switched over — what a
 * word processor's list button does.
 */
import type { Node as PmNode, NodeType } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { nodes } from './schema.ts';

const isList = (node: PmNode) => node.type === nodes.bullet_list || node.type === nodes.ordered_list;

/** The list items `block` contributes, or null when it cannot be part of a list (a blockquote). */
function itemsOf(block: PmNode): PmNode[] | null {
  if (isList(block)) {
    const items: PmNode[] = [];
    block.forEach((item) => items.push(item));
    return items;
  }
  if (block.type === nodes.paragraph || block.type === nodes.subheading)
    return [nodes.list_item.create(null, nodes.paragraph.create(null, block.content, block.marks))];
  return null;
}

/**
 * Turns the body blocks the selection touches into one list of `listType`, one item per
 * paragraph. Refuses (false) outside one body section, over a blockquote, and when the
 * selection is already exactly such a list.
 */
export function makeList(listType: NodeType): Command {
  return (state, dispatch) => {
    const { $from, $to } = state.selection;
    const range = $from.blockRange($to, (node) => node.type === nodes.section);
    if (!range) return false;
    const items: PmNode[] = [];
    for (let i = range.startIndex; i < range.endIndex; i++) {
      const more = itemsOf(range.parent.child(i));
      if (!more) return false;
      items.push(...more);
    }
    const only = range.endIndex - range.startIndex === 1 ? range.parent.child(range.startIndex) : null;
    if (only && only.type === listType) return false;
    if (!dispatch) return true;
    dispatch(replaceKeepingSelection(state, range.start, range.end, [listType.create(null, items)]).scrollIntoView());
    return true;
  };
}

/**
 * Turns the selected items of a list back into paragraphs; the items before and after stay
 * lists of the same kind. Refuses (false) when the selection is not in a list.
 */
export const unmakeList: Command = (state, dispatch) => {
  const { $from, $to } = state.selection;
  const range = $from.blockRange($to, isList);
  if (!range) return false;
  if (!dispatch) return true;
  const list = range.parent;
  const items: PmNode[] = [];
  list.forEach((item) => items.push(item));
  const replacement: PmNode[] = [];
  if (range.startIndex > 0) replacement.push(list.type.create(list.attrs, items.slice(0, range.startIndex)));
  for (const item of items.slice(range.startIndex, range.endIndex)) if (item.firstChild) replacement.push(item.firstChild);
  if (range.endIndex < items.length) replacement.push(list.type.create(list.attrs, items.slice(range.endIndex)));
  const listPos = range.$from.before(range.depth);
  dispatch(replaceKeepingSelection(state, listPos, listPos + list.nodeSize, replacement).scrollIntoView());
  return true;
};

/** Replaces `from`..`to` with `replacement` (the same text, wrapped differently), keeping the selection on the same characters. */
function replaceKeepingSelection(state: EditorState, from: number, to: number, replacement: readonly PmNode[]): Transaction {
  const tr = state.tr.replaceWith(from, to, replacement);
  const size = replacement.reduce((sum, node) => sum + node.nodeSize, 0);
  const moved = (pos: number) => {
    const [ordinal, offset] = textblockAt(state.doc, from, to, pos);
    return textblockStart(tr.doc, from, from + size, ordinal) + offset;
  };
  return tr.setSelection(TextSelection.create(tr.doc, moved(state.selection.from), moved(state.selection.to)));
}

/** Which textblock (counted from `from`) holds `pos`, and the offset of `pos` in it. */
function textblockAt(doc: PmNode, from: number, to: number, pos: number): [number, number] {
  let ordinal = -1;
  let found: [number, number] = [0, 0];
  doc.nodesBetween(from, to, (node, start) => {
    if (!node.isTextblock) return true;
    ordinal++;
    if (pos >= start + 1 && pos <= start + 1 + node.content.size) found = [ordinal, pos - start - 1];
    return false;
  });
  return found;
}

/** The content start of the `ordinal`-th textblock between `from` and `to`. */
function textblockStart(doc: PmNode, from: number, to: number, ordinal: number): number {
  let seen = -1;
  let result = from + 1;
  doc.nodesBetween(from, to, (node, start) => {
    if (!node.isTextblock) return true;
    if (++seen === ordinal) result = start + 1;
    return false;
  });
  return result;
}
