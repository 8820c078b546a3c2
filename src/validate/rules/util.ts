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

/** Every baseline item still present in the resolved catalogue, whatever wrote (or did not write) it. */
export function pairedItems(ctx: RuleContext): ItemPair[] {
  if (!ctx.baseline) return [];
  const resolved = itemsById(ctx.resolved.categories);
  const out: ItemPair[] = [];
  for (const c of ctx.baseline.categories) {
    for (const base of c.items) {
      const item = resolved.get(base.id);
      if (item) out.push({ base, item, origin: ctx.origins.items.get(base.id) ?? { status: 'inherited' } });
    }
  }
  return out;
}

/** The nearest written node for an item's field: the field, else the item, else its category, else the root. */
export function nearestPointer(ctx: RuleContext, origin: Origin | undefined, ...path: (string | number)[]): string {
  const candidates: string[] = [];
  if (origin?.pointer !== undefined) {
    for (let n = path.length; n > 0; n--) candidates.push(joinPointer(origin.pointer, ...path.slice(0, n)));
    candidates.push(origin.pointer);
  }
  if (origin?.parentPointer !== undefined) candidates.push(origin.parentPointer);
  return candidates.find((p) => ctx.positions.has(p)) ?? '';
}

export function itemsById(categories: readonly Category[]): Map<string, Item> {
  return new Map(categories.flatMap((c) => c.items.map((i) => [i.id, i] as const)));
}

/** Every resolved item, with its baseline item (when the baseline has one) and its origin. */
export function resolvedItems(ctx: RuleContext): { readonly item: Item; readonly base?: Item; readonly origin?: Origin }[] {
  const base = itemsById(ctx.baseline?.categories ?? []);
  return ctx.resolved.categories.flatMap((c) =>
    c.items.map((item) => {
      const b = base.get(item.id);
      const origin = ctx.origins.items.get(item.id);
      return { item, ...(b ? { base: b } : {}), ...(origin ? { origin } : {}) };
    }),
  );
}
