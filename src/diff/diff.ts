/** What one resolved catalogue adds, changes and removes against another, per item and per element. */
import { ELEMENT_KEYS, type Catalogue, type Category, type Item } from '../model/index.js';
import { normalizeText } from '../validate/normalize.js';

/*
 * The JSON structure (`catalog diff --format json`), stable: fields are only ever added.
 *
 * {
 *   "old": {"file", "id", "version"},            version is null when the catalogue has none
 *   "new": {"file", "id", "version"},
 *   "categories": {
 *     "added":   [{"id", "name"}],                 in NEW's order
 *     "removed": [{"id", "name"}],                 in OLD's order
 *     "renamed": [{"id", "old", "new"}]            same id, another name
 *   },
 *   "items": {
 *     "added":   [{"id", "name", "category", "categoryName"}],
 *     "removed": [{"id", "name", "category", "categoryName"}],
 *     "changed": [{"id", "name", "category", "changes": [
 *        {"field": "category", "old", "new"}      moved to another category (ids)
 *        {"field": "name" | "timeLimit" | "subject" | "note", "old"?, "new"?}   old/new absent = no value
 *        {"field": "content" | "basis" | "channel" | "audience" | "method" | "level", "added": [...], "removed": [...]}
 *     ]}]
 *   },
 *   "summary": {"added", "removed", "changed"}   item counts
 * }
 *
 * Texts are compared normalised (normalizeText): a cosmetic edit, or the same entries in another order, is no change.
 */

export interface SideInfo {
  readonly file: string;
  readonly id: string;
  readonly version: string | null;
}

interface CategoryRef {
  readonly id: string;
  readonly name: string;
}
interface CategoryRename {
  readonly id: string;
  readonly old: string;
  readonly new: string;
}
export interface ItemRef {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly categoryName: string;
}

/** One element's change: a list's entries added and removed, or a text's old and new value. */
export interface FieldChange {
  readonly field: 'category' | (typeof ELEMENT_KEYS)[number] | 'note';
  readonly added?: readonly string[];
  readonly removed?: readonly string[];
  readonly old?: string;
  readonly new?: string;
}

interface ItemChange {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly changes: readonly FieldChange[];
}

export interface CatalogueDiff {
  readonly old: SideInfo;
  readonly new: SideInfo;
  readonly categories: { readonly added: readonly CategoryRef[]; readonly removed: readonly CategoryRef[]; readonly renamed: readonly CategoryRename[] };
  readonly items: { readonly added: readonly ItemRef[]; readonly removed: readonly ItemRef[]; readonly changed: readonly ItemChange[] };
  readonly summary: { readonly added: number; readonly removed: number; readonly changed: number };
}

const TEXT_FIELDS = new Set(['name', 'timeLimit', 'subject']);

/** Entries of `a` whose normalised text is not among `b`'s, in `a`'s order, each once. */
function lacking(a: readonly string[], b: readonly string[]): string[] {
  const have = new Set(b.map(normalizeText));
  const seen = new Set<string>();
  return a.filter((x) => {
    const n = normalizeText(x);
    if (have.has(n) || seen.has(n)) return false;
    seen.add(n);
    return true;
  });
}

function textChange(field: FieldChange['field'], a: string | undefined, b: string | undefined): FieldChange[] {
  if ((a === undefined || a === '') && (b === undefined || b === '')) return [];
  if (a !== undefined && b !== undefined && normalizeText(a) === normalizeText(b)) return [];
  return [{ field, ...(a ? { old: a } : {}), ...(b ? { new: b } : {}) }];
}

/** The elements in which `b` differs from `a`, in table order (the category first, the note last). */
export function itemChanges(a: Item, b: Item, fromCategory: string, toCategory: string): FieldChange[] {
  const out: FieldChange[] = fromCategory === toCategory ? [] : [{ field: 'category', old: fromCategory, new: toCategory }];
  for (const key of ELEMENT_KEYS) {
    if (TEXT_FIELDS.has(key)) {
      out.push(...textChange(key, a[key] as string, b[key] as string));
      continue;
    }
    const added = lacking(b[key] as readonly string[], a[key] as readonly string[]);
    const removed = lacking(a[key] as readonly string[], b[key] as readonly string[]);
    if (added.length > 0 || removed.length > 0) out.push({ field: key, added, removed });
  }
  out.push(...textChange('note', a.note, b.note));
  return out;
}

interface Placed {
  readonly item: Item;
  readonly category: Category;
}

function placedItems(c: Catalogue): Map<string, Placed> {
  return new Map(c.categories.flatMap((category) => category.items.map((item) => [item.id, { item, category }] as const)));
}

const ref = (p: Placed): ItemRef => ({ id: p.item.id, name: p.item.name, category: p.category.id, categoryName: p.category.name });

function diffCategories(a: Catalogue, b: Catalogue): CatalogueDiff['categories'] {
  const before = new Map(a.categories.map((c) => [c.id, c]));
  const after = new Set(b.categories.map((c) => c.id));
  return {
    added: b.categories.filter((c) => !before.has(c.id)).map((c) => ({ id: c.id, name: c.name })),
    removed: a.categories.filter((c) => !after.has(c.id)).map((c) => ({ id: c.id, name: c.name })),
    renamed: b.categories.flatMap((c) => {
      const old = before.get(c.id);
      return old && normalizeText(old.name) !== normalizeText(c.name) ? [{ id: c.id, old: old.name, new: c.name }] : [];
    }),
  };
}

/** Compare two resolved catalogues; `oldFile`/`newFile` label them. */
export function diffCatalogues(a: Catalogue, b: Catalogue, oldFile: string, newFile: string): CatalogueDiff {
  const before = placedItems(a);
  const after = placedItems(b);
  const added = [...after.values()].filter((p) => !before.has(p.item.id)).map(ref);
  const removed = [...before.values()].filter((p) => !after.has(p.item.id)).map(ref);
  const changed: ItemChange[] = [];
  for (const p of after.values()) {
    const old = before.get(p.item.id);
    if (!old) continue;
    const changes = itemChanges(old.item, p.item, old.category.id, p.category.id);
    if (changes.length > 0) changed.push({ id: p.item.id, name: p.item.name, category: p.category.id, changes });
  }
  const side = (c: Catalogue, file: string): SideInfo => ({ file, id: c.id, version: c.version ?? null });
  return {
    old: side(a, oldFile),
    new: side(b, newFile),
    categories: diffCategories(a, b),
    items: { added, removed, changed },
    summary: { added: added.length, removed: removed.length, changed: changed.length },
  };
}

/** Whether the two catalogues differ in any category or item. */
export function isEmptyDiff(d: CatalogueDiff): boolean {
  const c = d.categories;
  return c.added.length + c.removed.length + c.renamed.length + d.summary.added + d.summary.removed + d.summary.changed === 0;
}
