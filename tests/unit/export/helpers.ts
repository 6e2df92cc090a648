/** Shared helpers of the export tests: the tagged sample, the gold tags, and the official ninjs 3.1 validator. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Article } from '../../../core/article/model.ts';
import { tagArticle } from '../../../core/tagger/apply.ts';
import { openDocumentFile } from '../../../node/documents/open-document.ts';
import { loadTagger } from '../../../node/tagger/load-tagger.ts';
import { REPO_ROOT } from '../../support/web-app.ts';

/** The sample story's path. */
export const SAMPLE_PATH = join(REPO_ROOT, 'documents', 'kaztag-blinken-kazakhstan.txt');

/** The people (canonical names) and country codes of the gold file. */
export function goldTags(): { people: string[]; countries: string[] } {
  const gold = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/kaztag-blinken-kazakhstan.gold.json'), 'utf8')) as {
    people: { canonical: string }[];
    countries: { code: string }[];
  };
  return { people: gold.people.map((p) => p.canonical), countries: gold.countries.map((c) => c.code) };
}

/** The sample story with the tagger's suggestions applied, as an editor would confirm them. */
export async function taggedSample(): Promise<Article> {
  return tagArticle(await openDocumentFile(SAMPLE_PATH), await loadTagger());
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown };

let validator: Validate | undefined;

/**
 * The official ninjs 3.1 schema (tests/schemas/ninjs, IPTC, MIT) compiled with ajv in strict
 * format mode. The schema refers to GeoJSON's schema by URL for `places[].geoJSON`; the
 * tests are offline and Copydesk never writes geoJSON, so that reference resolves to a
 * schema that accepts only objects.
 */
export function ninjsValidator(): Validate {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/schemas/ninjs/ninjs-schema_3.1.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  validator = ajv.compile(schema) as Validate;
  return validator;
}
