/** The order filings are reported in: by region (in Chinese collation), then by file; unreadable ones last. */
import type { FilingOutcome } from '../model/filing.js';
import { byChineseName } from '../util/order.js';

function compareOutcomes(a: FilingOutcome, b: FilingOutcome): number {
  const ra = a.facts.region;
  const rb = b.facts.region;
  if (ra === undefined || rb === undefined) {
    if (ra !== rb) return ra === undefined ? 1 : -1;
  } else {
    const byRegion = byChineseName(ra, rb);
    if (byRegion !== 0) return byRegion;
  }
  return a.result.file < b.result.file ? -1 : a.result.file > b.result.file ? 1 : 0;
}

export function sortOutcomes(outcomes: readonly FilingOutcome[]): FilingOutcome[] {
  return [...outcomes].sort(compareOutcomes);
}
