/**
 * What the entity picker offers for a query: entities the tagger recognises in it (so
 * "Блинкена" offers "Энтони Блинкен", "Казахстане" offers KZ), registry entries matching
 * it, and a new entity made from the query itself. Pure, so the ordering rules are tested
 * without a browser.
 */
import type { Entity } from '../../../../core/article/model.ts';
import type { TagSuggestions } from '../../../../core/api/tags.ts';
import { personId, type RegistryEntry } from '../../../../core/tagger/registry.ts';
import { entityFromRegistry, entityFromSuggested } from './entities.ts';

/** One option of the picker. `create` options make a new registry entry when picked. */
export interface PickerOption {
  readonly entity: Entity;
  readonly source: 'recognised' | 'registry' | 'create';
}

/** The options for `query`, recognised first, then registry, then "create"; each entity once. */
export function pickerOptions(
  kind: 'person' | 'country',
  query: string,
  recognised: TagSuggestions | null,
  registry: readonly RegistryEntry[],
): PickerOption[] {
  const out: PickerOption[] = [];
  const seen = new Set<string>();
  const add = (entity: Entity, source: PickerOption['source']) => {
    if (entity.type !== kind || seen.has(entity.id)) return;
    seen.add(entity.id);
    out.push({ entity, source });
  };
  for (const entity of recognised?.entities ?? []) add(entityFromSuggested(entity), 'recognised');
  for (const entry of registry) add(entityFromRegistry(entry), 'registry');
  const name = query.trim().replace(/\s+/gu, ' ');
  if (kind === 'person' && name !== '' && !out.some((o) => o.entity.name.toLowerCase() === name.toLowerCase()))
    add({ id: personId(name), type: 'person', name }, 'create');
  const code = /^[A-Za-z]{2}$/u.exec(name)?.[0]?.toUpperCase();
  if (kind === 'country' && code) add({ id: `country:${code}`, type: 'country', code, name: code }, 'create');
  return out;
}
