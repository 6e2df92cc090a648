/**
 * API area "tags": offline suggestions of the people and countries an article mentions,
 * and the library's registry of confirmed entities (one human-readable file per library).
 * Suggestions are computed by the backend's tagger and are never saved by these calls;
 * the editor turns an accepted one into a mark and calls `tags.confirm`.
 */
import { z } from 'zod';
import type { MentionKind } from '../article/model.ts';
import type { RegistryEntry } from '../tagger/registry.ts';
import type { TagLanguage } from '../tagger/types.ts';

const language = z.enum(['ru', 'en', 'kk']);
const entityId = z.string().min(1, 'id is empty').max(300, 'id is too long');
const personName = z
  .string()
  .max(200, 'name is too long')
  .refine((s) => s.trim() !== '', 'name is empty')
  .refine((s) => !/[\n\r\t]/u.test(s), 'name must be one line');
const countryCode = z.string().regex(/^[A-Za-z]{2}$/u, 'code must be an ISO 3166-1 alpha-2 code');
const absolutePath = z
  .string()
  .min(1, 'path is empty')
  .max(4_096, 'path is too long')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(p) || p.startsWith('\\\\'), 'path must be absolute');

/** Request schemas of the tags calls. */
export const tagsRequests = {
  /**
   * Suggestions for a text, or for an article's blocks (one string per paragraph or list
   * item: offsets are then inside each block). Exactly one of `text` and `blocks`.
   * `context` names people the article names in full elsewhere (in blocks not sent), so a
   * surname-only repeat in these blocks links to them, as it would in the whole text; they
   * are treated like registry entries for this call only and never stored.
   */
  'tags.suggest': z
    .object({
      text: z.string().max(2_000_000, 'text is too long').optional(),
      blocks: z.array(z.string().max(200_000, 'a block is too long')).max(20_000, 'too many blocks').optional(),
      language: language.optional(),
      context: z
        .array(z.string().trim().min(1, 'a context name is empty').max(200, 'a context name is too long'))
        .max(500, 'too many context names')
        .optional(),
    })
    .strict()
    .refine((r) => (r.text === undefined) !== (r.blocks === undefined), 'give either text or blocks'),
  /** The registry's entries, all or those matching `query` (name, alias or country code). */
  'tags.registry': z.object({ query: z.string().max(200).optional() }).strict(),
  /** Adds a person or country, or edits the person with `id` (canonical name, aliases, role). */
  'tags.registryUpsert': z
    .object({
      entry: z.discriminatedUnion('type', [
        z
          .object({
            type: z.literal('person'),
            id: entityId.optional(),
            name: personName,
            aliases: z.array(personName).max(100, 'too many aliases').optional(),
            role: z.string().max(200).optional(),
          })
          .strict(),
        z.object({ type: z.literal('country'), code: countryCode, name: personName.optional() }).strict(),
      ]),
    })
    .strict(),
  /** Merges person `fromId` into `intoId`; the removed one's names become aliases. */
  'tags.registryMerge': z.object({ intoId: entityId, fromId: entityId }).strict(),
  /** Deletes an entry; other windows' copies do not bring it back. */
  'tags.registryDelete': z.object({ id: entityId }).strict(),
  /**
   * Adds the entries of another registry to the library's registry: a file (absolute
   * path), or the file's JSON text (an upload in web mode). Exactly one of the two.
   */
  'tags.registryImport': z
    .object({ path: absolutePath.optional(), content: z.string().max(20_000_000, 'the registry file is too large').optional() })
    .strict()
    .refine((r) => (r.path === undefined) !== (r.content === undefined), 'give either path or content'),
  /** Writes the library's registry to a file (absolute path). */
  'tags.registryExport': z.object({ path: absolutePath }).strict(),
  /**
   * An entity confirmed in an article: it goes into the registry, so it is suggested in
   * every other article in any case form. `mention` is the text as written there.
   */
  'tags.confirm': z.discriminatedUnion('type', [
    z.object({ type: z.literal('person'), name: personName, mention: personName.optional() }).strict(),
    z.object({ type: z.literal('country'), code: countryCode }).strict(),
  ]),
} satisfies Record<string, z.ZodType>;

/** An entity a suggestion refers to. `id` is the registry id (existing or the one it would get). */
export type SuggestedEntity =
  | { readonly id: string; readonly type: 'person'; readonly name: string; readonly inRegistry: boolean }
  | { readonly id: string; readonly type: 'country'; readonly code: string; readonly name: string };

/** One suggested mention: a span of a block's text (UTF-16 offsets, end exclusive). */
export interface SuggestedMention {
  readonly entityId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: MentionKind;
}

/**
 * What `tags.suggest` finds. Invariants: `blocks` has one entry per requested block (one
 * for `text`); every mention's `entityId` is in `entities`; mentions of a block are sorted
 * and do not overlap.
 */
export interface TagSuggestions {
  readonly language: TagLanguage;
  readonly entities: readonly SuggestedEntity[];
  readonly blocks: readonly { readonly mentions: readonly SuggestedMention[] }[];
}

/** The registry as the app lists it. */
export interface RegistryListing {
  /** The registry file of this library. */
  readonly file: string;
  readonly entries: readonly RegistryEntry[];
}

/** Response types of the tags calls. */
export interface TagsResponses {
  'tags.suggest': TagSuggestions;
  'tags.registry': RegistryListing;
  'tags.registryUpsert': RegistryEntry;
  'tags.registryMerge': RegistryEntry;
  'tags.registryDelete': { readonly deleted: boolean };
  'tags.registryImport': { readonly added: number; readonly total: number };
  'tags.registryExport': { readonly path: string; readonly entries: number };
  'tags.confirm': RegistryEntry;
}
