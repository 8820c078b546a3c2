/** Overlay a source catalogue on its resolved baseline, remembering where every entry came from. */
import { joinPointer } from '../load/positions.js';
import {
  ELEMENT_KEYS,
  isListKey,
  type Catalogue,
  type Category,
  type Item,
  type Origin,
  type Origins,
  type SourceCatalogue,
  type SourceCategory,
  type SourceItem,
} from '../model/index.js';
import { categoryProvenance, rowProvenance } from './provenance.js';

/*
 * How a source overlays its baseline (spec §2):
 *
 * | source says                                  | resolved catalogue                                  |
 * |----------------------------------------------|-----------------------------------------------------|
 * | nothing about a baseline category or item    | inherited unchanged, in baseline order              |
 * | a baseline item's id with some fields        | each given field replaces the baseline's wholesale  |
 * | a baseline category's id with `name`         | the name replaced; its items overlaid as above      |
 * | a baseline item under another category       | overlaid in its baseline place (`moved-item` fires) |
 * | a new item id                                | appended to its category, after the baseline items  |
 * | a new category id                            | appended after the baseline categories              |
 * | an id in `remove:`                           | the baseline category or item is left out           |
 * | the same id twice                            | the first wins (`duplicate-id` fires)               |
 * | every item of a category (school)            | the category goes too (`removed-category`, info)    |
 */
export interface Overlaid {
  readonly categories: readonly Category[];
  readonly origins: Origins;
}

interface Placed {
  readonly item: SourceItem;
  readonly pointer: string;
  readonly categoryId: string;
}

/** A list field as a list (a single string is accepted in source files). */
function asList<T>(v: T | readonly T[] | undefined): readonly T[] | undefined {
  if (v === undefined || v === null) return undefined;
  return Array.isArray(v) ? (v as readonly T[]) : [v as T];
}

/** A source item with every element filled in: given fields over `base`, else empty. */
function completeItem(src: SourceItem, base?: Item): Item {
  const out: Record<string, unknown> = { id: src.id };
  for (const key of ELEMENT_KEYS) {
    const given = src[key];
    const isList = isListKey(key);
    const value = isList ? asList(given as string | readonly string[] | undefined) : given;
    out[key] = value ?? base?.[key] ?? (isList ? [] : '');
  }
  const note = src.note ?? base?.note;
  if (note !== undefined) out.note = note;
  const provenance = rowProvenance(src.provenance, out as unknown as Item, base);
  if (provenance) out.provenance = provenance;
  return out as unknown as Item;
}

export function overlayCatalogue(source: SourceCatalogue, baseline: Catalogue | undefined): Overlaid {
  const srcCats = source.categories ?? [];
  const catPointers = new Map<string, string>();
  const placed = new Map<string, Placed>();
  srcCats.forEach((c, ci) => {
    const cp = joinPointer('/categories', ci);
    if (!catPointers.has(c.id)) catPointers.set(c.id, cp);
    (c.items ?? []).forEach((item, ii) => {
      if (!placed.has(item.id)) placed.set(item.id, { item, pointer: joinPointer(cp, 'items', ii), categoryId: c.id });
    });
  });
  const removed = new Map<string, string>();
  (source.remove ?? []).forEach((id, i) => removed.set(id, joinPointer('/remove', i)));
  const catOrigins = new Map<string, Origin>();
  const itemOrigins = new Map<string, Origin>();
  const baselineItems = new Set(baseline?.categories.flatMap((c) => c.items.map((i) => i.id)) ?? []);
  const categories: Category[] = [];

  for (const bc of baseline?.categories ?? []) {
    if (removed.has(bc.id)) continue;
    const sc = srcCats.find((c) => c.id === bc.id);
    const cp = catPointers.get(bc.id);
    catOrigins.set(bc.id, cp ? { status: 'overlaid', pointer: cp } : { status: 'inherited' });
    const items: Item[] = [];
    for (const bi of bc.items) {
      if (removed.has(bi.id)) continue;
      const p = placed.get(bi.id);
      items.push(p ? completeItem(p.item, bi) : bi);
      itemOrigins.set(bi.id, p ? { status: 'overlaid', pointer: p.pointer } : { status: 'inherited', parentPointer: cp });
    }
    items.push(...newItems(sc, cp, baselineItems, itemOrigins));
    if (items.length === 0 && bc.items.length > 0 && source.kind === 'school') {
      // A school that removes every item of a category removes the category (校务公开目录自行增减).
      catOrigins.delete(bc.id);
      removed.set(bc.id, removed.get(bc.items[bc.items.length - 1]?.id ?? '') ?? cp ?? '');
      continue;
    }
    categories.push({ id: bc.id, name: sc?.name ?? bc.name, items, ...categoryProvenance(sc, bc) });
  }
  const baselineCats = new Set(baseline?.categories.map((c) => c.id) ?? []);
  for (const sc of srcCats) {
    if (baselineCats.has(sc.id) || catOrigins.has(sc.id)) continue;
    const cp = catPointers.get(sc.id) ?? '';
    catOrigins.set(sc.id, { status: 'added', pointer: cp });
    categories.push({ id: sc.id, name: sc.name ?? '', items: newItems(sc, cp, baselineItems, itemOrigins), ...categoryProvenance(sc) });
  }
  return { categories, origins: { categories: catOrigins, items: itemOrigins, removed } };
}

/** The items of a source category that the baseline does not have, completed, in source order. */
function newItems(sc: SourceCategory | undefined, cp: string | undefined, baselineItems: ReadonlySet<string>, origins: Map<string, Origin>): Item[] {
  const out: Item[] = [];
  (sc?.items ?? []).forEach((item, ii) => {
    if (baselineItems.has(item.id) || origins.has(item.id)) return;
    origins.set(item.id, { status: 'added', pointer: joinPointer(cp ?? '', 'items', ii) });
    out.push(completeItem(item));
  });
  return out;
}
