/**
 * The newsroom registry: the people and countries confirmed in any article, with their
 * canonical names and aliases, so the tagger can suggest them in every other article.
 * Registries are immutable values; every operation returns a new one.
 */

import { foldCase } from './text.ts';

/** A registry person. `name` is canonical (nominative "Имя Фамилия"); aliases are other spellings. */
export interface RegistryPerson {
  readonly id: string;
  readonly type: 'person';
  readonly name: string;
  readonly aliases: readonly string[];
  readonly names?: Readonly<Record<string, string>>;
  readonly role?: string;
}

/** A registry country, keyed by its ISO alpha-2 code. */
export interface RegistryCountry {
  readonly id: string;
  readonly type: 'country';
  readonly code: string;
  readonly name: string;
}

/** A registry entry. */
export type RegistryEntry = RegistryPerson | RegistryCountry;

/**
 * The registry. Invariants: ids are unique; no two people share a canonical name (folded);
 * no two countries share a code; `deleted` remembers removed ids so that merging with an
 * older copy does not bring them back.
 */
export interface Registry {
  readonly version: 1;
  readonly entries: readonly RegistryEntry[];
  readonly deleted: readonly string[];
}

/** An empty registry. */
export function emptyRegistry(): Registry {
  return { version: 1, entries: [], deleted: [] };
}

/** A stable id for a new person, derived from the name so two writers agree on it. */
export function personId(name: string): string {
  return `person:${foldCase(name).replace(/\s+/gu, '-')}`;
}

/** The id of a country entry. */
export function countryId(code: string): string {
  return `country:${code.toUpperCase()}`;
}

/** Adds a person, or adds `aliases` to the person of the same canonical name. */
export function addPerson(registry: Registry, name: string, aliases: readonly string[] = []): Registry {
  const existing = findPersonByName(registry, name);
  if (existing) return updateEntry(registry, { ...existing, aliases: mergeAliases(existing.aliases, aliases, existing.name) });
  const person: RegistryPerson = { id: personId(name), type: 'person', name, aliases: mergeAliases([], aliases, name) };
  return { ...registry, entries: [...registry.entries, person], deleted: registry.deleted.filter((id) => id !== person.id) };
}

/** Adds a country by code if it is not there yet. */
export function addCountry(registry: Registry, code: string, name: string): Registry {
  if (registry.entries.some((e) => e.type === 'country' && e.code === code)) return registry;
  const country: RegistryCountry = { id: countryId(code), type: 'country', code, name };
  return { ...registry, entries: [...registry.entries, country], deleted: registry.deleted.filter((id) => id !== country.id) };
}

/** Changes a person's canonical name; the old name becomes an alias. */
export function renamePerson(registry: Registry, id: string, newName: string): Registry {
  const person = registry.entries.find((e): e is RegistryPerson => e.type === 'person' && e.id === id);
  if (!person) return registry;
  return updateEntry(registry, { ...person, name: newName, aliases: mergeAliases(person.aliases, [person.name], newName) });
}

/** Replaces the aliases of a person. */
export function setAliases(registry: Registry, id: string, aliases: readonly string[]): Registry {
  const person = registry.entries.find((e): e is RegistryPerson => e.type === 'person' && e.id === id);
  return person ? updateEntry(registry, { ...person, aliases: mergeAliases([], aliases, person.name) }) : registry;
}

/** Merges person `fromId` into `intoId`: its name and aliases become aliases of the survivor. */
export function mergePeople(registry: Registry, intoId: string, fromId: string): Registry {
  const into = registry.entries.find((e): e is RegistryPerson => e.type === 'person' && e.id === intoId);
  const from = registry.entries.find((e): e is RegistryPerson => e.type === 'person' && e.id === fromId);
  if (!into || !from || into === from) return registry;
  const updated = updateEntry(registry, { ...into, aliases: mergeAliases(into.aliases, [from.name, ...from.aliases], into.name) });
  return deleteEntry(updated, fromId);
}

/** Removes an entry and remembers its id as deleted. */
export function deleteEntry(registry: Registry, id: string): Registry {
  return {
    ...registry,
    entries: registry.entries.filter((e) => e.id !== id),
    deleted: registry.deleted.includes(id) ? registry.deleted : [...registry.deleted, id],
  };
}

/** The person whose canonical name or alias is `name` (case and ё insensitive). */
export function findPersonByName(registry: Registry, name: string): RegistryPerson | undefined {
  const key = foldCase(name);
  return registry.entries.find(
    (e): e is RegistryPerson => e.type === 'person' && (foldCase(e.name) === key || e.aliases.some((a) => foldCase(a) === key)),
  );
}

/** People whose name or alias contains `query` (case-insensitive), for the registry list. */
export function searchRegistry(registry: Registry, query: string): RegistryEntry[] {
  const key = foldCase(query.trim());
  return registry.entries.filter(
    (e) =>
      foldCase(e.name).includes(key) ||
      (e.type === 'person' && e.aliases.some((a) => foldCase(a).includes(key))) ||
      (e.type === 'country' && foldCase(e.code) === key),
  );
}

/**
 * Merges two copies of a registry (two windows, two writers): the union of entries, with
 * aliases united for the same id and deletions from either side applied. Commutative up to
 * entry order, so re-reading and merging before a write never loses an entry.
 */
export function mergeRegistries(base: Registry, incoming: Registry): Registry {
  const deleted = [...new Set([...base.deleted, ...incoming.deleted])];
  const byId = new Map<string, RegistryEntry>();
  for (const entry of [...base.entries, ...incoming.entries]) {
    if (deleted.includes(entry.id)) continue;
    const existing = byId.get(entry.id);
    if (existing && existing.type === 'person' && entry.type === 'person') {
      byId.set(entry.id, { ...existing, ...entry, aliases: mergeAliases(existing.aliases, entry.aliases, entry.name) });
    } else {
      byId.set(entry.id, entry);
    }
  }
  return { version: 1, entries: [...byId.values()], deleted };
}

/** Parses a registry from JSON data, throwing on a shape that is not a registry. */
export function parseRegistry(data: unknown): Registry {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as Registry).entries)) throw new Error('not a Copydesk registry');
  const raw = data as { entries: unknown[]; deleted?: unknown };
  const entries: RegistryEntry[] = [];
  for (const e of raw.entries) {
    if (typeof e !== 'object' || e === null) continue;
    const entry = e as Record<string, unknown>;
    if (entry.type === 'person' && typeof entry.name === 'string') {
      const aliases = Array.isArray(entry.aliases) ? entry.aliases.filter((a): a is string => typeof a === 'string') : [];
      entries.push({
        ...(entry as object),
        id: typeof entry.id === 'string' ? entry.id : personId(entry.name),
        type: 'person',
        name: entry.name,
        aliases,
      } as RegistryPerson);
    } else if (entry.type === 'country' && typeof entry.code === 'string') {
      entries.push({
        id: typeof entry.id === 'string' ? entry.id : countryId(entry.code),
        type: 'country',
        code: entry.code,
        name: typeof entry.name === 'string' ? entry.name : entry.code,
      });
    }
  }
  const deleted = Array.isArray(raw.deleted) ? raw.deleted.filter((d): d is string => typeof d === 'string') : [];
  return { version: 1, entries, deleted };
}

function updateEntry(registry: Registry, entry: RegistryEntry): Registry {
  return { ...registry, entries: registry.entries.map((e) => (e.id === entry.id ? entry : e)) };
}

function mergeAliases(current: readonly string[], added: readonly string[], canonical: string): string[] {
  const seen = new Set([foldCase(canonical)]);
  const result: string[] = [];
  for (const alias of [...current, ...added]) {
    const key = foldCase(alias);
    if (alias.trim() === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(alias);
  }
  return result;
}
