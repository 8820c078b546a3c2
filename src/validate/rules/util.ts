/** Shared helpers for rules: pairing resolved items with their baseline, and pointers into the source. */
import { joinPointer } from '../../load/positions.js';
import type { Category, Item, Origin } from '../../model/index.js';
import type { RuleContext } from '../rule.js';

/** A baseline item and what became of it in the resolved catalogue. */
export interface ItemPair {
  readonly base: Item;
  readonly item: Item;
  readonly origin: Origin;
}

/** Every baseline item still present, with the source node that overlays it (if any). */
export function pairedItems(ctx: RuleContext): ItemPair[] {
  if (!ctx.baseline) return [];
  const resolved = itemsById(ctx.resolved.categories);
  const out: ItemPair[] = [];
  for (const c of ctx.baseline.categories) {
    for (const base of c.items) {
      const item = resolved.get(base.id);
      const origin = ctx.origins.items.get(base.id);
      if (item && origin) out.push({ base, item, origin });
    }
  }
  return out;
}

/** Only the pairs whose source restates the given field. */
export function overlaidField(ctx: RuleContext, field: keyof Item): ItemPair[] {
  return pairedItems(ctx).filter((p) => p.origin.pointer !== undefined && ctx.positions.has(joinPointer(p.origin.pointer, field)));
}

export function itemsById(categories: readonly Category[]): Map<string, Item> {
  return new Map(categories.flatMap((c) => c.items.map((i) => [i.id, i] as const)));
}

/** Pointer of an item's field in the source, or the nearest node that stands for it. */
export function fieldPointer(origin: Origin, field: string): string {
  return origin.pointer ? joinPointer(origin.pointer, field) : origin.parentPointer ?? '';
}

/** The source items as written, with their pointers, in source order. */
export function sourceItems(ctx: RuleContext): { readonly pointer: string; readonly item: Readonly<Record<string, unknown>> & { id: string } }[] {
  return (ctx.source.categories ?? []).flatMap((c, ci) =>
    (c.items ?? []).map((item, ii) => ({ pointer: joinPointer('/categories', ci, 'items', ii), item: item as unknown as Readonly<Record<string, unknown>> & { id: string } })),
  );
}
