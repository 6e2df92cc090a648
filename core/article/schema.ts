/**
 * Runtime schemas for the article model, used wherever an article crosses a trust boundary
 * (a file on disk, an IPC payload, an HTTP request). Parsing with them yields a value that
 * satisfies every invariant of `model.ts` or fails with a message; it never half-succeeds.
 */
import { z } from 'zod';
import { mentionTexts, type Article } from './model.ts';

const MAX_TEXT = 5_000_000;

const range = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

/** Schema of one inline mark. */
export const inlineMarkSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold'), ...range }).strict(),
  z.object({ type: z.literal('italic'), ...range }).strict(),
  z.object({ type: z.literal('link'), ...range, href: z.string().max(8_192) }).strict(),
  z
    .object({
      type: z.literal('entity'),
      ...range,
      entityId: z.string().min(1).max(200),
      kind: z.enum(['name', 'adjective']),
    })
    .strict(),
]);

/**
 * Schema of the marks of a headline or standfirst: entity marks only (titles carry no bold,
 * italic or links), at least one (the model leaves an empty list out). Whether they lie
 * inside their text is checked with the whole article, which holds the text.
 */
export const titleMarksSchema = z
  .array(
    z
      .object({
        type: z.literal('entity', { error: 'a headline or standfirst carries entity marks only' }),
        ...range,
        entityId: z.string().min(1).max(200),
        kind: z.enum(['name', 'adjective']),
      })
      .strict(),
  )
  .min(1, 'an empty mark list is left out')
  .max(10_000);

/** Schema of a text with marks; every mark must lie within the text. */
export const inlineTextSchema = z
  .object({ text: z.string().max(MAX_TEXT), marks: z.array(inlineMarkSchema).max(100_000) })
  .strict()
  .refine((t) => t.marks.every((m) => m.start < m.end && m.end <= t.text.length), {
    message: 'a mark lies outside its text or is empty',
  });

const inlineFields = {
  text: z.string().max(MAX_TEXT),
  marks: z.array(inlineMarkSchema).max(100_000),
};

const marksInside = (t: { text: string; marks: readonly { start: number; end: number }[] }) =>
  t.marks.every((m) => m.start < m.end && m.end <= t.text.length);

/** Schema of a body block. */
export const blockSchema = z.union([
  z
    .object({ type: z.enum(['paragraph', 'subheading']), ...inlineFields })
    .strict()
    .refine(marksInside, { message: 'a mark lies outside its text or is empty' }),
  z
    .object({
      type: z.literal('blockquote'),
      ...inlineFields,
      attribution: z.string().max(2_000).optional(),
    })
    .strict()
    .refine(marksInside, { message: 'a mark lies outside its text or is empty' }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(inlineTextSchema).max(10_000) }).strict(),
]);

/** Schema of an entity (person or country). */
export const entitySchema = z.discriminatedUnion('type', [
  z
    .object({
      id: z.string().min(1).max(200),
      type: z.literal('person'),
      name: z.string().min(1).max(500),
      aliases: z.array(z.string().max(500)).max(1_000).optional(),
      names: z.record(z.string().max(35), z.string().max(500)).optional(),
      role: z.string().max(500).optional(),
    })
    .strict(),
  z
    .object({
      id: z.string().min(1).max(200),
      type: z.literal('country'),
      code: z.string().regex(/^[A-Z]{2}$/u, 'an ISO 3166-1 alpha-2 code'),
      name: z.string().min(1).max(500),
    })
    .strict(),
]);

/** Schema of article metadata. */
export const articleMetaSchema = z
  .object({
    language: z.string().min(2).max(35),
    byline: z.string().max(1_000).optional(),
    slug: z.string().max(500).optional(),
    status: z.enum(['draft', 'editing', 'ready']),
    urgency: z.number().int().min(1).max(9).optional(),
    keywords: z.array(z.string().max(200)).max(500),
    created: z.string().max(64).optional(),
    modified: z.string().max(64).optional(),
    source: z
      .object({
        format: z.string().max(40),
        fileName: z.string().max(1_000).optional(),
        encoding: z.string().max(40).optional(),
        lineEnding: z.enum(['lf', 'crlf', 'cr']).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Schema of a whole article, including the invariant that entity marks name known entities. */
export const articleSchema = z
  .object({
    headline: z.string().max(10_000),
    headlineMarks: titleMarksSchema.optional(),
    standfirst: z.string().max(100_000).optional(),
    standfirstMarks: titleMarksSchema.optional(),
    dateline: z
      .object({
        text: z.string().max(500),
        place: z.string().max(200),
        date: z.string().max(200),
        agency: z.string().max(200).optional(),
      })
      .strict()
      .nullable(),
    blocks: z.array(blockSchema).max(200_000),
    entities: z.array(entitySchema).max(100_000),
    meta: articleMetaSchema,
  })
  .strict()
  .superRefine((article, ctx) => {
    const titles = [
      ['headlineMarks', article.headline, article.headlineMarks],
      ['standfirstMarks', article.standfirst, article.standfirstMarks],
    ] as const;
    for (const [field, text, marks] of titles) {
      if (marks === undefined) continue;
      if (text === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: 'marks of a standfirst the article does not have' });
        return;
      }
      const outside = marks.findIndex((m) => !(m.start < m.end && m.end <= text.length));
      if (outside !== -1) {
        ctx.addIssue({ code: 'custom', path: [field, outside], message: 'a mark lies outside its text or is empty' });
        return;
      }
    }
    const ids = new Set(article.entities.map((e) => e.id));
    for (const t of mentionTexts(article)) {
      for (const mark of t.marks) {
        if (mark.type === 'entity' && !ids.has(mark.entityId)) {
          ctx.addIssue({ code: 'custom', message: `a mention refers to unknown entity "${mark.entityId}"` });
          return;
        }
      }
    }
  });

/** Compile-time proof that the schema's output is an Article. */
export type ParsedArticle = z.infer<typeof articleSchema>;
const _schemaMatchesModel: (a: ParsedArticle) => Article = (a) => a;
void _schemaMatchesModel;

/** Formats the first problem of a failed parse as one short line ("blocks.3.text: ..."). */
export function describeSchemaError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}
