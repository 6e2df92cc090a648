/**
 * Applying an incremental journal write (`documents.journalPatch`) to the article the
 * journal last accepted for a key. The result is checked with the article schema as a
 * whole, so a patch can never produce an entry a full write could not.
 */
import { withTitleMarks, type Article, type Block } from '../../core/article/model.ts';
import { articleSchema, describeSchemaError } from '../../core/article/schema.ts';

/** A patch as the API validated it: the new non-body fields and one splice of the body. */
export interface JournalPatch {
  /** The article without its body: replaces every non-body field of the base. */
  readonly article: Omit<Article, 'blocks'>;
  readonly start: number;
  readonly deleteCount: number;
  readonly blocks: readonly Block[];
}

/** Why a patch was not applied; nothing was written either way. */
export type JournalPatchRefusal = 'stale-base' | 'bad-patch';

/** A patch the journal refuses: its base is not the key's last write, or its result is not an article. */
export class JournalPatchRefused extends Error {
  override readonly name = 'JournalPatchRefused';
  constructor(
    readonly reason: JournalPatchRefusal,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The article `patch` makes of `base`. Throws JournalPatchRefused('bad-patch') when the
 * splice lies outside the base's body or the result fails the article schema (for example
 * a mention of an entity the new entity list lacks); `base` is never modified.
 */
export function applyJournalPatch(base: Article, patch: JournalPatch): Article {
  const { start, deleteCount } = patch;
  if (start > base.blocks.length || start + deleteCount > base.blocks.length) {
    throw new JournalPatchRefused(
      'bad-patch',
      `the patch replaces blocks ${start}–${start + deleteCount} of a body of ${base.blocks.length}`,
    );
  }
  const blocks = [...base.blocks.slice(0, start), ...patch.blocks, ...base.blocks.slice(start + deleteCount)];
  // Spelled out rather than spread, so a field the request schema let through by mistake
  // could not ride along into the entry.
  const { headline, headlineMarks, standfirst, standfirstMarks, dateline, entities, meta } = patch.article;
  const article: Article = withTitleMarks(
    { headline, ...(standfirst === undefined ? {} : { standfirst }), dateline, blocks, entities, meta },
    headlineMarks,
    standfirstMarks,
  );
  const checked = articleSchema.safeParse(article);
  if (!checked.success) throw new JournalPatchRefused('bad-patch', `the patched article is invalid: ${describeSchemaError(checked.error)}`);
  return article;
}
