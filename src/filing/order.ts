/** The order filings are reported in: by region (in Chinese collation), then by file; unreadable ones last. */
import type { FilingOutcome } from '../model/filing.js';

const collator = new Intl.Collator('zh-CN');

export function compareOutcomes(a: FilingOutcome, b: FilingOutcome): number {
  const ra = a.facts.region;
  const rb = b.facts.region;
  if (ra === undefined || rb === undefined) {
    if (ra !== rb) return ra === undefined ? 1 : -1;
  } else {
    const byRegion = collator.compare(ra, rb);
    if (byRegion !== 0) return byRegion;
  }
  return a.result.file < b.result.file ? -1 : a.result.file > b.result.file ? 1 : 0;
}

export function sortOutcomes(outcomes: readonly FilingOutcome[]): FilingOutcome[] {
  return [...outcomes].sort(compareOutcomes);
}
