/** Map each table row to a baseline item: an id the producer left, --map, the same name, then name + content + basis similarity. */
import { distance } from 'fastest-levenshtein';
import type { Catalogue, Item } from '../model/index.js';
import { normalizeText } from '../validate/normalize.js';
import type { TableRow } from './table.js';

export interface RowMatch {
  readonly row: TableRow;
  /** The baseline item, or undefined for an added item. */
  readonly item?: Item;
  readonly categoryId?: string;
  /** 0…1: 1 for an id, --map or the same name. */
  readonly confidence: number;
  /** Shown to the clerk to confirm (--map settles it). */
  readonly uncertain: boolean;
  /** The closest baseline items for an uncertain row. */
  readonly candidates: readonly Item[];
}

/** Below this a row is an added item; from here to SURE it is matched but listed for the clerk. */
const MATCH = 0.55;
const SURE = 0.85;
/** Rows this close to an item without reaching MATCH are listed as possibly that item. */
const NEAR = 0.4;

function textSimilarity(a: string, b: string): number {
  const x = normalizeText(a);
  const y = normalizeText(b);
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 1 : 1 - distance(x, y) / longest;
}

/** How much of two lists agree: each entry's best similarity in the other list, averaged over the longer list. */
function listSimilarity(a: readonly string[] | undefined, b: readonly string[]): number | undefined {
  if (!a || a.length === 0 || b.length === 0) return undefined;
  const best = a.map((x) => Math.max(...b.map((y) => textSimilarity(x, y))));
  return best.reduce((s, v) => s + v, 0) / Math.max(a.length, b.length);
}

/** Name weighs most; content and basis confirm or refute it. */
function similarity(row: TableRow, item: Item): number {
  const parts: [number, number][] = [[textSimilarity(row.name, item.name), 0.55]];
  const content = listSimilarity(row.content, item.content);
  if (content !== undefined) parts.push([content, 0.3]);
  const basis = listSimilarity(row.basis, item.basis);
  if (basis !== undefined) parts.push([basis, 0.15]);
  const weight = parts.reduce((s, [, w]) => s + w, 0);
  return parts.reduce((s, [v, w]) => s + v * w, 0) / weight;
}

/** `manual`: row label → item id or "new" (--map). Returns one match per row, in table order. */
export function matchRows(rows: readonly TableRow[], baseline: Catalogue, manual: ReadonlyMap<string, string>): RowMatch[] {
  const items = baseline.categories.flatMap((c) => c.items.map((item) => ({ item, categoryId: c.id })));
  const byId = new Map(items.map((e) => [e.item.id, e]));
  const claimed = new Set<string>();
  const result = new Map<TableRow, RowMatch>();
  const settle = (row: TableRow, id: string | undefined, confidence: number): void => {
    const hit = id === undefined ? undefined : byId.get(id);
    if (hit) claimed.add(hit.item.id);
    result.set(row, { row, ...(hit ? { item: hit.item, categoryId: hit.categoryId } : {}), confidence, uncertain: false, candidates: [] });
  };
  for (const row of rows) {
    const forced = manual.get(row.label);
    if (forced !== undefined) settle(row, forced === 'new' ? undefined : forced, 1);
    else if (row.itemId !== undefined && byId.has(row.itemId) && !claimed.has(row.itemId)) settle(row, row.itemId, 1);
  }
  for (const row of rows.filter((r) => !result.has(r))) {
    const same = items.find((e) => !claimed.has(e.item.id) && normalizeText(e.item.name) === normalizeText(row.name));
    if (same) settle(row, same.item.id, 1);
  }
  const open = rows.filter((r) => !result.has(r));
  const pairs = open
    .flatMap((row) => items.filter((e) => !claimed.has(e.item.id)).map((e) => ({ row, e, score: similarity(row, e.item) })))
    .sort((a, b) => b.score - a.score || a.row.number - b.row.number);
  for (const { row, e, score } of pairs) {
    if (score < MATCH || result.has(row) || claimed.has(e.item.id)) continue;
    claimed.add(e.item.id);
    const candidates =
      score < SURE
        ? nearest(
            row,
            items.map((x) => x.item),
            e.item,
          )
        : [];
    result.set(row, { row, item: e.item, categoryId: e.categoryId, confidence: score, uncertain: score < SURE, candidates });
  }
  for (const row of open.filter((r) => !result.has(r))) {
    const near = pairs
      .filter((p) => p.row === row && p.score >= NEAR && !claimed.has(p.e.item.id))
      .slice(0, 3)
      .map((p) => p.e.item);
    const best = pairs.find((p) => p.row === row)?.score ?? 0;
    result.set(row, { row, confidence: 1 - best, uncertain: near.length > 0, candidates: near });
  }
  return rows.map((r) => result.get(r) as RowMatch);
}

function nearest(row: TableRow, items: readonly Item[], chosen: Item): Item[] {
  return [
    chosen,
    ...items
      .filter((i) => i !== chosen)
      .map((i) => ({ i, s: similarity(row, i) }))
      .sort((a, b) => b.s - a.s)
      .slice(0, 2)
      .map((x) => x.i),
  ];
}
