/** The summary table's facts about a checked filing: region, baseline, item counts and declared deviations. */
import type { Checked } from '../check/check.js';
import type { FilingFacts } from '../model/filing.js';
import type { BaselineRef, Catalogue } from '../model/index.js';

function label(ref: Pick<BaselineRef, 'id' | 'version'> | undefined): string | undefined {
  return ref ? `${ref.id}${ref.version !== undefined ? `@${ref.version}` : ''}` : undefined;
}

function itemIds(c: Catalogue | undefined): string[] {
  return c?.categories.flatMap((cat) => cat.items.map((i) => i.id)) ?? [];
}

/** What the table shows; as much as the pipeline got to (a source that does not parse has none of it). */
export function filingFacts(checked: Checked | undefined): FilingFacts {
  const resolved = checked?.resolved;
  const source = checked?.source;
  if (!checked || !source) return { deviations: [] };
  const baseline = label(resolved?.baseline);
  const root = label(checked.baseline?.baseline ?? resolved?.baseline);
  const kept = new Set(itemIds(resolved));
  const base = itemIds(checked.baseline);
  const counts = checked.result.counts;
  return {
    region: source.region,
    catalogue: source.id,
    kind: source.kind,
    ...(baseline !== undefined ? { baseline } : {}),
    ...(root !== undefined ? { root } : {}),
    ...(resolved && counts && checked.baseline ? { items: { baseline: base.length, added: counts.added, removed: base.filter((id) => !kept.has(id)).length, total: counts.items } } : {}),
    deviations: resolved?.deviations ?? source.deviations ?? [],
  };
}
