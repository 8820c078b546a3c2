/**
 * The bureau's decision, one row per unit: filings grouped by catalogue id; of several, the latest wins
 * (by 成文日期, then by file path — later path wins; file times are not used, they differ between copies);
 * with `--expect`, units without a filing are 未报送 and filings of units not on the list are 不在名单.
 */
import type { FilingOutcome } from '../model/filing.js';
import type { ExpectedUnit } from './expect.js';

export type UnitState = 'filed' | 'duplicate' | 'missing' | 'unlisted' | 'unidentified' | 'skipped';

/** One row of the decision table. */
export interface UnitRow {
  readonly region: string;
  readonly id: string;
  readonly state: UnitState;
  /** The filing that counts (absent for a unit that did not file). */
  readonly outcome?: FilingOutcome;
  /** Earlier filings of the same unit, oldest first. */
  readonly superseded: readonly FilingOutcome[];
}

const collator = new Intl.Collator('zh-CN');
const byPath = (a: FilingOutcome, b: FilingOutcome): number => (a.result.file < b.result.file ? -1 : a.result.file > b.result.file ? 1 : 0);

/** Oldest first: by 成文日期 (undated first), then by path. */
function byRecency(a: FilingOutcome, b: FilingOutcome): number {
  const da = a.facts.document?.date ?? '';
  const db = b.facts.document?.date ?? '';
  return da < db ? -1 : da > db ? 1 : byPath(a, b);
}

function unitRow(region: string, id: string, filings: readonly FilingOutcome[], listed: boolean): UnitRow {
  const sorted = [...filings].sort(byRecency);
  const outcome = sorted[sorted.length - 1];
  if (!outcome) return { region, id, state: 'missing', superseded: [] };
  const state = sorted.length > 1 ? 'duplicate' : listed ? 'filed' : 'unlisted';
  return { region: listed ? region : outcome.facts.region ?? region, id, state, outcome, superseded: sorted.slice(0, -1) };
}

/** Decide: listed units in the list's order (or every unit by region), then unlisted, unreadable and skipped files. */
export function decideUnits(outcomes: readonly FilingOutcome[], expected?: readonly ExpectedUnit[]): UnitRow[] {
  const groups = new Map<string, FilingOutcome[]>();
  const unidentified: FilingOutcome[] = [];
  const skipped: FilingOutcome[] = [];
  for (const o of outcomes) {
    const id = o.facts.catalogue;
    if (o.result.integrity === 'skipped') skipped.push(o);
    else if (id === undefined) unidentified.push(o);
    else groups.set(id, [...(groups.get(id) ?? []), o]);
  }
  const rows: UnitRow[] = [];
  for (const unit of expected ?? []) {
    rows.push(unitRow(unit.region, unit.id, groups.get(unit.id) ?? [], true));
    groups.delete(unit.id);
  }
  const rest = [...groups].map(([id, filings]) => unitRow(filings[0]?.facts.region ?? '', id, filings, expected === undefined));
  rest.sort((a, b) => collator.compare(a.region, b.region) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const single = (state: UnitState) => (o: FilingOutcome): UnitRow => ({ region: o.facts.region ?? '', id: o.facts.catalogue ?? '', state, outcome: o, superseded: [] });
  return [...rows, ...rest, ...unidentified.sort(byPath).map(single('unidentified')), ...skipped.sort(byPath).map(single('skipped'))];
}
