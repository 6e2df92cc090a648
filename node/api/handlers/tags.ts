/**
 * Handlers of the "tags" API area: suggestions from the process-wide tagger (loaded on
 * the first suggestion, ~0.4 s, then reused) and the library's registry file, whose every
 * change goes through `RegistryStore.update` so two windows never lose each other's edits.
 */
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { SuggestedEntity, SuggestedMention, TagsResponses } from '../../../core/api/tags.ts';
import { ApiFailure } from '../../../core/api/result.ts';
import { russianCountryName } from '../../../core/tagger/countries.ts';
import {
  addCountry,
  addPerson,
  countryId,
  deleteEntry,
  findPersonByName,
  mergePeople,
  parseRegistry,
  personId,
  renamePerson,
  searchRegistry,
  setAliases,
  type Registry,
  type RegistryEntry,
  type RegistryPerson,
} from '../../../core/tagger/registry.ts';
import { detectLanguage } from '../../../core/tagger/text.ts';
import { loadTagger } from '../../tagger/load-tagger.ts';
import { readRegistryFile, RegistryStore } from '../../tagger/registry-store.ts';
import type { AreaHandlers } from '../handler-types.ts';
import type { BackendServices } from '../services.ts';

/** Builds the tags handlers over the registry of `services.documentsDir`. */
export function tagsHandlers(services: BackendServices): AreaHandlers<keyof TagsResponses & string> {
  const store = RegistryStore.forLibrary(services.documentsDir);
  const read = () => guard(store.file, () => store.read());
  const update = (change: (current: Registry) => Registry) => guard(store.file, () => store.update(change));

  return {
    'tags.suggest': async (request) => {
      const blocks = request.blocks ?? [request.text ?? ''];
      const language = request.language ?? detectLanguage(blocks.join('\n'));
      const [tagger, stored] = await Promise.all([loadTagger(), read()]);
      const registryIds = new Set(stored.entries.map((e) => e.id));
      // The article's people named elsewhere link as if their paragraphs were part of this
      // text (a lone "Виктором" after "Виктор Орбан"), under the name the article gives them:
      // in-text rules, not the registry's stricter ones, and nothing is stored.
      const context = request.context ?? [];
      const entities = new Map<string, SuggestedEntity>();
      const results = blocks.map((text) => {
        const result = tagger.tag(text, { language, registry: stored, context });
        const mentions: SuggestedMention[] = [];
        for (const person of result.people) {
          const id = person.id ?? personId(person.name);
          if (!entities.has(id)) entities.set(id, { id, type: 'person', name: person.name, inRegistry: registryIds.has(id) });
          for (const m of person.mentions) mentions.push({ entityId: id, start: m.start, end: m.end, text: m.text, kind: 'name' });
        }
        for (const country of result.countries) {
          const id = countryId(country.code);
          if (!entities.has(id)) entities.set(id, { id, type: 'country', code: country.code, name: country.name });
          for (const m of country.mentions) mentions.push({ entityId: id, start: m.start, end: m.end, text: m.text, kind: m.kind });
        }
        return { mentions: mentions.sort((a, b) => a.start - b.start) };
      });
      return { language, entities: [...entities.values()], blocks: results };
    },

    'tags.registry': async ({ query }) => {
      const registry = await read();
      return { file: store.file, entries: query?.trim() ? searchRegistry(registry, query) : [...registry.entries] };
    },

    'tags.registryUpsert': async ({ entry }) => {
      if (entry.type === 'country') {
        const code = entry.code.toUpperCase();
        const name = entry.name?.trim() ?? russianCountryName(code);
        if (!name) throw new ApiFailure('bad-input', `${code}: not an ISO 3166-1 country code`);
        const next = await update((current) => addCountry(current, code, name));
        return entryById(next, countryId(code));
      }
      const name = entry.name.trim();
      let id = entry.id;
      const next = await update((current) => {
        const holder = findPersonByName(current, name);
        if (id === undefined) {
          // A new person; a name that is already someone's name or alias adds to that person.
          let changed = addPerson(current, name, entry.aliases ?? []);
          id = (holder ?? findPersonByName(changed, name))!.id;
          if (entry.role !== undefined) changed = setRole(changed, id, entry.role);
          return changed;
        }
        const person = current.entries.find((e): e is RegistryPerson => e.type === 'person' && e.id === id);
        if (!person) throw new ApiFailure('not-found', `${id}: no such person in the registry`);
        if (holder && holder.id !== id) throw new ApiFailure('conflict', `"${name}" is already ${holder.name}; merge the two instead`);
        let changed = person.name === name ? current : renamePerson(current, id, name);
        if (entry.aliases) changed = setAliases(changed, id, entry.aliases);
        if (entry.role !== undefined) changed = setRole(changed, id, entry.role);
        return changed;
      });
      return entryById(next, id!);
    },

    'tags.registryMerge': async ({ intoId, fromId }) => {
      if (intoId === fromId) throw new ApiFailure('bad-input', 'cannot merge a person into itself');
      const next = await update((current) => {
        for (const id of [intoId, fromId]) {
          if (!current.entries.some((e) => e.type === 'person' && e.id === id))
            throw new ApiFailure('not-found', `${id}: no such person in the registry`);
        }
        return mergePeople(current, intoId, fromId);
      });
      return entryById(next, intoId);
    },

    'tags.registryDelete': async ({ id }) => {
      let deleted = false;
      await update((current) => {
        deleted = current.entries.some((e) => e.id === id);
        return deleted ? deleteEntry(current, id) : current;
      });
      return { deleted };
    },

    'tags.registryImport': async ({ path, content }) => {
      const incoming = path !== undefined ? await guard(path, () => readRegistryFile(path), true) : parseUploadedRegistry(content ?? '');
      let added = 0;
      const next = await update((current) => {
        const known = new Set(current.entries.map((e) => e.id));
        added = incoming.entries.filter((e) => !known.has(e.id)).length;
        // Importing is adding: deletions recorded in the other file do not remove our entries.
        return incoming.entries.reduce<Registry>(
          (registry, e) => (e.type === 'person' ? importPerson(registry, e) : addCountry(registry, e.code, e.name)),
          current,
        );
      });
      return { added, total: next.entries.length };
    },

    'tags.registryExport': async ({ path }) => {
      const registry = await read();
      await guard(path, () => store.exportTo(path));
      return { path, entries: registry.entries.length };
    },

    'tags.confirm': async (request) => {
      if (request.type === 'country') {
        const code = request.code.toUpperCase();
        const name = russianCountryName(code);
        if (!name) throw new ApiFailure('bad-input', `${code}: not an ISO 3166-1 country code`);
        return entryById(await update((current) => addCountry(current, code, name)), countryId(code));
      }
      const name = request.name.trim();
      const mention = request.mention?.trim();
      // A mention in another script ("Antony Blinken") is an alias worth keeping; one in the
      // same script is a case form ("Блинкена") the tagger derives by itself.
      const aliases = mention && !sameWords(mention, name) && scriptOf(mention) !== scriptOf(name) ? [mention] : [];
      let id = '';
      const next = await update((current) => {
        const changed = addPerson(current, name, aliases);
        id = findPersonByName(changed, name)!.id;
        return changed;
      });
      return entryById(next, id);
    },
  };
}

/** A registry sent as text (an upload): parsed, or one line saying it is not a registry. */
function parseUploadedRegistry(content: string): Registry {
  try {
    return parseRegistry(JSON.parse(content));
  } catch {
    throw new ApiFailure('bad-input', 'the uploaded file is not a valid registry file');
  }
}

/** Runs a registry file operation, turning file-system and format errors into one-line failures. */
async function guard<T>(file: string, run: () => Promise<T>, mustExist = false): Promise<T> {
  try {
    if (mustExist) await fs.access(file);
    return await run();
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ApiFailure('not-found', `${basename(file)}: no such file`);
    if (code === 'EISDIR') throw new ApiFailure('bad-input', `${basename(file)}: is a folder, not a registry file`);
    if (code === 'EACCES' || code === 'EPERM') throw new ApiFailure('io', `${basename(file)}: permission denied`);
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    if (/not a valid registry/u.test(message)) throw new ApiFailure('bad-input', `${basename(file)}: not a valid registry file`);
    if (/locked by another writer/u.test(message)) throw new ApiFailure('conflict', 'the registry is busy; try again');
    throw error;
  }
}

function entryById(registry: Registry, id: string): RegistryEntry {
  const entry = registry.entries.find((e) => e.id === id);
  if (!entry) throw new ApiFailure('conflict', `${id}: removed by another window meanwhile`);
  return entry;
}

function setRole(registry: Registry, id: string, role: string): Registry {
  const trimmed = role.trim();
  return {
    ...registry,
    entries: registry.entries.map((e) => {
      if (e.id !== id || e.type !== 'person') return e;
      const { role: _old, ...rest } = e;
      return trimmed ? { ...rest, role: trimmed } : rest;
    }),
  };
}

function importPerson(registry: Registry, person: RegistryPerson): Registry {
  let next = addPerson(registry, person.name, person.aliases);
  const added = findPersonByName(next, person.name);
  if (added && person.role && !added.role) next = setRole(next, added.id, person.role);
  return next;
}

/** Same words in the same order, ignoring case: "энтони блинкен" is "Энтони Блинкен". */
function sameWords(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\s+/gu, ' ') === b.toLowerCase().replace(/\s+/gu, ' ');
}

function scriptOf(text: string): 'latin' | 'cyrillic' | 'other' {
  return /\p{Script=Cyrillic}/u.test(text) ? 'cyrillic' : /\p{Script=Latin}/u.test(text) ? 'latin' : 'other';
}
