/**
 * Editing commands the toolbar, the keymap and the application menu share: marks, block
 * types, links, the dateline and the standfirst. Every command is a ProseMirror `Command`,
 * so each is one transaction and one undo step.
 */
import { setBlockType, toggleMark, wrapIn, lift } from 'prosemirror-commands';
import { closeHistory } from 'prosemirror-history';
import type { Node as PmNode } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import type { ArticleMeta, Dateline, Entity } from '../../../../core/article/model.ts';
import { isSafeLinkHref } from '../../../../core/security/links.ts';
import { articleToDoc, datelineToAttrs } from './convert.ts';
import { marks, nodes } from './schema.ts';
import { acrossSections } from './sections.ts';
import { makeList, unmakeList } from './lists.ts';
import type { Article } from '../../../../core/article/model.ts';

/** Toggles bold on the selection. */
export const toggleBold: Command = toggleMark(marks.bold);
/** Toggles italic on the selection. */
export const toggleItalic: Command = toggleMark(marks.italic);
/** Makes the selected body blocks paragraphs. */
export const makeParagraph: Command = setBlockType(nodes.paragraph);
/** Makes the selected body blocks subheadings. */
export const makeSubheading: Command = setBlockType(nodes.subheading);
/** Wraps the selected paragraph in a blockquote. */
export const makeBlockquote: Command = acrossSections(wrapIn(nodes.blockquote));
/** Makes the selected paragraphs a bulleted list, one item each. */
export const makeBulletList: Command = acrossSections(makeList(nodes.bullet_list));
/** Makes the selected paragraphs a numbered list, one item each. */
export const makeOrderedList: Command = acrossSections(makeList(nodes.ordered_list));
/** Lifts the selection out of its list or blockquote. */
export const liftBlock: Command = acrossSections((state, dispatch) => unmakeList(state, dispatch) || lift(state, dispatch));

/** The href of the link at the selection, if any (for prefilling the link prompt). */
export function linkAtSelection(state: EditorState): string | null {
  const { from, $from, to, empty } = state.selection;
  let href: string | null = null;
  const read = (node: PmNode) => {
    const mark = node.marks.find((m) => m.type === marks.link);
    if (mark) href = String(mark.attrs['href']);
  };
  if (empty) $from.marks().forEach((m) => m.type === marks.link && (href = String(m.attrs['href'])));
  else state.doc.nodesBetween(from, to, (node) => (node.isText ? read(node) : true));
  return href;
}

/**
 * Sets a link on the selection, or removes links from it when `href` is empty. Refuses
 * (returns false) anything but http, https and mailto URLs, and an empty selection.
 */
export function setLink(href: string): Command {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty) return false;
    const trimmed = href.trim();
    if (trimmed && !isSafeLinkHref(trimmed)) return false;
    if (!state.doc.resolve(from).parent.type.allowsMarkType(marks.link)) return false;
    if (dispatch) {
      const tr = state.tr.removeMark(from, to, marks.link);
      if (trimmed) tr.addMark(from, to, marks.link.create({ href: trimmed }));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Enter in the headline, standfirst or attribution moves to the next textblock instead of splitting. */
export const enterMovesOn: Command = (state, dispatch) => {
  const { $head, empty } = state.selection;
  const type = $head.parent.type;
  if (!empty || (type !== nodes.headline && type !== nodes.standfirst && type !== nodes.attribution)) return false;
  const after = $head.after();
  let target = -1;
  state.doc.nodesBetween(after, state.doc.content.size, (node, pos) => {
    if (target !== -1) return false;
    if (node.isTextblock) {
      target = pos + 1;
      return false;
    }
    return true;
  });
  if (!dispatch) return true;
  if (target !== -1) {
    dispatch(state.tr.setSelection(TextSelection.create(state.doc, target)).scrollIntoView());
    return true;
  }
  // No textblock follows (an empty body): start the first paragraph.
  let bodyPos = -1;
  state.doc.forEach((node, offset) => node.type === nodes.body && (bodyPos = offset));
  if (bodyPos === -1) return false;
  const tr = state.tr.insert(bodyPos + 1, nodes.section.create(null, nodes.paragraph.create()));
  dispatch(tr.setSelection(TextSelection.create(tr.doc, bodyPos + 3)).scrollIntoView());
  return true;
};

function childPos(doc: PmNode, type: typeof nodes.doc): { pos: number; node: PmNode } | null {
  let found: { pos: number; node: PmNode } | null = null;
  doc.forEach((node, offset) => {
    if (node.type === type) found = { pos: offset, node };
  });
  return found;
}

/** Sets the dateline (or with null removes it), as one undoable step. */
export function setDateline(dateline: Dateline | null): Command {
  return (state, dispatch) => {
    const existing = childPos(state.doc, nodes.dateline);
    if (!dispatch) return true;
    const tr = state.tr;
    if (existing && dateline) tr.setNodeMarkup(existing.pos, undefined, datelineToAttrs(dateline));
    else if (existing) tr.delete(existing.pos, existing.pos + existing.node.nodeSize);
    else if (dateline) {
      const body = childPos(state.doc, nodes.body);
      if (!body) return false;
      tr.insert(body.pos, nodes.dateline.create(datelineToAttrs(dateline)));
    } else return false;
    dispatch(tr);
    return true;
  };
}

/** Adds an empty standfirst after the headline, or removes the standfirst. */
export function toggleStandfirst(): Command {
  return (state, dispatch) => {
    const existing = childPos(state.doc, nodes.standfirst);
    const headline = childPos(state.doc, nodes.headline);
    if (!headline) return false;
    if (!dispatch) return true;
    if (existing) dispatch(state.tr.delete(existing.pos, existing.pos + existing.node.nodeSize));
    else {
      const at = headline.pos + headline.node.nodeSize;
      const tr = state.tr.insert(at, nodes.standfirst.create());
      dispatch(tr.setSelection(TextSelection.create(tr.doc, at + 1)).scrollIntoView());
    }
    return true;
  };
}

/** Changes article metadata as one undoable step. */
export function setMeta(meta: ArticleMeta): Command {
  return (state, dispatch) => {
    if (dispatch) dispatch(state.tr.setDocAttribute('meta', meta));
    return true;
  };
}

/** Changes the entity list as one undoable step (for the tagging work). */
export function setEntities(entities: readonly Entity[]): Command {
  return (state, dispatch) => {
    if (dispatch) dispatch(state.tr.setDocAttribute('entities', entities));
    return true;
  };
}

/**
 * Replaces the whole article (a restored version, the file as changed on disk) in ONE
 * transaction, so a single undo brings back what was there before.
 */
export function replaceArticle(article: Article): Command {
  return (state, dispatch) => {
    if (!dispatch) return true;
    const doc = articleToDoc(article);
    // Its own undo step, never merged with the typing before it (the history groups adjacent edits).
    const tr = closeHistory(state.tr).replaceWith(0, state.doc.content.size, doc.content);
    tr.setDocAttribute('meta', doc.attrs['meta']).setDocAttribute('entities', doc.attrs['entities']);
    tr.setSelection(TextSelection.atStart(tr.doc));
    dispatch(tr);
    return true;
  };
}
