/** `remove:` entries must name a category or item of the baseline (a typo would silently remove nothing). */
import { closest } from 'fastest-levenshtein';
import { joinPointer } from '../load/positions.js';
import type { Catalogue, Finding, SourceCatalogue } from '../model/index.js';

export function checkRemovals(source: SourceCatalogue, baseline: Catalogue): Finding[] {
  const ids = baseline.categories.flatMap((c) => [c.id, ...c.items.map((i) => i.id)]);
  const known = new Set(ids);
  const out: Finding[] = [];
  (source.remove ?? []).forEach((id, i) => {
    if (known.has(id)) return;
    out.push({ rule: 'schema', pointer: joinPointer('/remove', i), messageId: 'unknownRemove', data: { id, suggestion: ids.length ? closest(id, ids) : '' } });
  });
  return out;
}
