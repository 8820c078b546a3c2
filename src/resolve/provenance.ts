/** Provenance through `extends`: a row keeps its baseline's provenance until the catalogue changes the row. */
import { ELEMENT_KEYS, type Category, type Item, type Provenance, type SourceCategory, type SourceProvenance } from '../model/index.js';

/** The written form (`inferred` or `{source, note}`) as a resolved provenance; undefined when absent or malformed. */
export function normalizeProvenance(p: SourceProvenance | undefined): Provenance | undefined {
  if (typeof p === 'string') return { source: p };
  if (p === null || typeof p !== 'object' || typeof p.source !== 'string') return undefined;
  return typeof p.note === 'string' ? { source: p.source, note: p.note } : { source: p.source };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** The elements whose change makes a row the catalogue's own: all but 公开主体, where a county writes its own bureau. */
const SUBSTANCE = ELEMENT_KEYS.filter((k) => k !== 'subject');

/**
 * A resolved row's provenance: the one it writes; else the base row's while its elements are the base's
 * (a restated, identical value, a note or the unit's own 公开主体 is no change); else none — a changed row is
 * the catalogue's own.
 */
export function rowProvenance(own: SourceProvenance | undefined, completed: Item, base?: Item): Provenance | undefined {
  const written = normalizeProvenance(own);
  if (written) return written;
  if (!base?.provenance) return undefined;
  return SUBSTANCE.every((k) => sameValue(completed[k], base[k])) ? base.provenance : undefined;
}

/** A category's provenance as a spreadable part: its own, else the base's while the name is the base's. */
export function categoryProvenance(src: SourceCategory | undefined, base?: Category): { provenance?: Provenance } {
  const written = normalizeProvenance(src?.provenance);
  if (written) return { provenance: written };
  const renamed = src?.name !== undefined && src.name !== base?.name;
  return base?.provenance && !renamed ? { provenance: base.provenance } : {};
}

/** Rows of a resolved catalogue whose provenance is `inferred`, in table order. */
export function inferredItems(categories: readonly Category[]): Item[] {
  return categories.flatMap((c) => c.items.filter((i) => i.provenance?.source === 'inferred'));
}
