/** `remove:` entries must name a category or item of the baseline (a typo would silently remove nothing). */
import { suggest } from '../validate/suggest.js';
import { joinPointer } from '../load/positions.js';
import type { Catalogue, Finding, SourceCatalogue } from '../model/index.js';

export function checkRemovals(source: SourceCatalogue, baseline: Catalogue): Finding[] {
  const ids = baseline.categories.flatMap((c) => [c.id, ...c.items.map((i) => i.id)]);
  const known = new Set(ids);
  const out: Finding[] = [];
  (source.remove ?? []).forEach((id, i) => {
    if (known.has(id)) return;
    const suggestion = suggest(id, ids);
    const messageId = suggestion === undefined ? 'unknownRemoveNone' : 'unknownRemove';
    out.push({ rule: 'schema', pointer: joinPointer('/remove', i), messageId, data: { id, suggestion: suggestion ?? '' } });
  });
  return out;
}
