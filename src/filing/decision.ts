/**
 * The bureau's decision, one row per unit: filings grouped by catalogue id; of several, the latest wins
 * (by 成文日期, then by file path — later path wins; file times are not used, they differ between copies);
 * with `--expect`, units without a filing are 未报送 and filings of units not on the list are 不在名单 (a filing
 * under an unlisted id that names a listed unit is that unit's, with an error).
 * A filing under a listed id whose region or issuer is another unit's is 不符 and never counts as that unit's;
 * a duplicate whose content differs from the one taken, or that has errors of its own, carries an error, so the bureau looks (unit-mismatch).
 * A 印发通知 that is the taken 备案报告's same-content companion (companion.ts) is listed with it, not as a duplicate; at
 * an equal 成文日期 the 备案报告 is taken before a notice (the report is what a county files with the bureau).
 */
import type { FilingOutcome } from '../model/filing.js';
import type { Finding, Lang } from '../model/index.js';
import type { ExpectedUnit } from './expect.js';
import { SHIPPED_BASELINES } from '../resolve/shipped.js';
import { normalizeText } from '../validate/normalize.js';
import { filingDiagnostics, filingFinding } from './findings.js';

type UnitState = 'filed' | 'duplicate' | 'mismatch' | 'missing' | 'unlisted' | 'unidentified' | 'skipped';

/** One row of the decision table. */
export interface UnitRow {
  readonly region: string;
  readonly id: string;
  readonly state: UnitState;
  /** The filing that counts (absent for a unit that did not file). */
  readonly outcome?: FilingOutcome;
  /** Earlier filings of the same unit, oldest first. */
  readonly superseded: readonly FilingOutcome[];
  /** 印发通知 whose printed table is the taken filing's, judged with its declarations (companion.ts). */
  readonly companions: readonly FilingOutcome[];
}

const collator = new Intl.Collator('zh-CN');
const byPath = (a: FilingOutcome, b: FilingOutcome): number => (a.result.file < b.result.file ? -1 : a.result.file > b.result.file ? 1 : 0);

/** A 印发通知 before any other document of the same date: of one build's two documents, the 备案报告 is taken. */
const rank = (o: FilingOutcome): number => (o.facts.document?.type === 'notice' ? 0 : 1);

/** Oldest first: by 成文日期 (undated first), then a notice before a report, then by path. */
export function byRecency(a: FilingOutcome, b: FilingOutcome): number {
  const da = a.facts.document?.date ?? '';
  const db = b.facts.document?.date ?? '';
  return da < db ? -1 : da > db ? 1 : rank(a) - rank(b) || byPath(a, b);
}

/** A name as written: normalised (widths, invisible characters), without spaces. */
export const plainName = (s: string): string => normalizeText(s).replace(/[\s\u3000]+/gu, '');

/** A unit's name as compared: plain, without the province or 地级市 before a county (新乡市红旗区 → 红旗区) and the bureau after it (卫辉市教育局 → 卫辉市). */
function unitName(s: string): string {
  const n = plainName(s)
    .replace(/^\p{Script=Han}{2,3}省(?=.)/u, '')
    .replace(/(?<=.)(?:教育局|教体局|教育和体育局|教育体育局|教育文化体育局)$/u, '');
  const city = SHIPPED_BASELINES.find((b) => n.startsWith(b.region) && n.length > b.region.length);
  return city ? n.slice(city.region.length) : n;
}

/**
 * Two names of one unit: equal once normalised, or one only adds the 市/县/区 (or 校) the other leaves out (辉县 and
 * 辉县市, 第一中学 and 第一中学校) — never a longer name that begins the same (实验学校 and 实验学校分校: red team).
 */
export function sameUnitName(a: string, b: string): boolean {
  const [x, y] = [unitName(a), unitName(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short === long || (short !== '' && long.length === short.length + 1 && long.startsWith(short) && /[市县区校]$/u.test(long));
}

/** Whether a filing names the listed unit `region` (its region, and its issuer when it names one). */
function sameUnit(o: FilingOutcome, region: string): boolean {
  const theirs = o.facts.region;
  if (theirs !== undefined && !sameUnitName(theirs, region)) return false;
  if (o.facts.issuer === undefined) return true;
  const issuer = plainName(o.facts.issuer);
  return [region, ...(theirs !== undefined ? [theirs] : [])].some((name) => issuer.includes(unitName(name)));
}

/** Whether two filings name one unit: both name a region, and each names the other's (region and issuer). */
export function sameFiler(a: FilingOutcome, b: FilingOutcome): boolean {
  const [ra, rb] = [a.facts.region, b.facts.region];
  return ra !== undefined && rb !== undefined && sameUnit(a, rb) && sameUnit(b, ra);
}

/** Whether two filings of one unit hold different items (both read). */
const differs = (a: FilingOutcome, b: FilingOutcome): boolean =>
  a.facts.content !== undefined && b.facts.content !== undefined && a.facts.content !== b.facts.content;

/** The outcome with unit-level findings added as errors (every report shows them as reasons). */
function withFindings(o: FilingOutcome, findings: readonly Finding[], lang: Lang): FilingOutcome {
  if (findings.length === 0) return o;
  const diagnostics = [...filingDiagnostics(findings, o.result.file, lang), ...o.result.diagnostics];
  return { ...o, result: { ...o.result, diagnostics, ok: false, status: 'error' } };
}

/** A unit's other filings beside the one taken: each that differs in content, or fails with the same content, is named. */
function duplicateFindings(others: readonly FilingOutcome[], taken: FilingOutcome, id: string): Finding[] {
  return others.flatMap((o) => {
    const data = { file: taken.result.file, other: o.result.file, id };
    if (differs(o, taken)) return [filingFinding('unit-mismatch', 'content', data)];
    // Same items, but the other copy fails (a withdrawal in its title or under its table, hidden text, a tampered page):
    // a good copy dated later must not hide the bad one the unit may have published (red team).
    return o.result.status === 'error' ? [filingFinding('unit-mismatch', 'faulty', data)] : [];
  });
}

/** What the decision knows beyond a unit's own group: filings moved to it from an unlisted id, and its filings under another listed unit's id. */
interface Elsewhere {
  readonly renamed: ReadonlySet<FilingOutcome>;
  readonly underOthers: readonly FilingOutcome[];
}

function unitRow(
  region: string,
  id: string,
  filings: readonly FilingOutcome[],
  listed: boolean,
  lang: Lang,
  elsewhere: Elsewhere = { renamed: new Set(), underOthers: [] },
): UnitRow {
  const { renamed } = elsewhere;
  const sorted = [...filings].sort(byRecency);
  const foreign = listed ? sorted.filter((o) => !sameUnit(o, region)) : [];
  const own = sorted.filter((o) => !foreign.includes(o));
  // A filing from another region never becomes this unit's "latest": the latest of its own filings counts. A notice
  // paired with one of them (companion.ts) is not a candidate: it goes with its report, or is a duplicate of the taken one.
  const paired = (o: FilingOutcome): boolean => o.companionOf !== undefined && own.some((r) => r.result.file === o.companionOf);
  const candidates = own.filter((o) => !paired(o));
  const taken = candidates[candidates.length - 1] ?? own[own.length - 1] ?? sorted[sorted.length - 1];
  if (!taken) return { region, id, state: 'missing', superseded: [], companions: [] };
  // This unit's filing under another listed unit's id is 不符 there; here it is a second filing the bureau must see (red team).
  const underOthers = own.length > 0 ? elsewhere.underOthers : [];
  // A companion with errors of its own (hidden text, a withdrawal under its table) stays a duplicate the bureau must see.
  const companions = own.filter((o) => o !== taken && o.companionOf === taken.result.file && o.result.status !== 'error');
  const others = sorted.filter((o) => o !== taken && !companions.includes(o));
  const findings = [
    ...sorted
      .filter((o) => renamed.has(o))
      .map((o) => filingFinding('unit-mismatch', 'otherId', { file: o.result.file, id: o.facts.catalogue ?? '', expected: region, listed: id })),
    ...underOthers.map((o) => filingFinding('unit-mismatch', 'underOther', { file: o.result.file, id: o.facts.catalogue ?? '', expected: region })),
    ...foreign.map((o) =>
      filingFinding('unit-mismatch', 'default', { file: o.result.file, id, region: o.facts.region ?? '', issuer: o.facts.issuer ?? '', expected: region }),
    ),
    ...duplicateFindings(
      others.filter((o) => !foreign.includes(o)),
      taken,
      id,
    ),
  ];
  const state = foreign.length > 0 ? 'mismatch' : others.length > 0 ? 'duplicate' : listed ? 'filed' : 'unlisted';
  return {
    region: listed ? region : (taken.facts.region ?? region),
    id,
    state,
    outcome: withFindings(taken, findings, lang),
    superseded: others,
    companions,
  };
}

/**
 * A hand-made table carries no catalogue id (the importer names it after the file, and a file name is no
 * claim verify trusts): it counts for the one listed unit its table's region and issuer name, if exactly one; a
 * table naming no listed unit stays under the file's name (不符 if that is a listed id, else 不在名单).
 */
function handmadeUnit(o: FilingOutcome, expected: readonly ExpectedUnit[] | undefined): string | undefined {
  if (!expected || o.facts.region === undefined) return o.facts.catalogue;
  const named = expected.filter((u) => sameUnit(o, u.region));
  // Several listed units of that name: the file name does not choose (red team), the table is 无法识别.
  return named.length === 1 ? named[0]?.id : named.length > 1 ? undefined : o.facts.catalogue;
}

/**
 * A filing under an id the list does not have that names exactly one listed unit is that unit's (with an error), not
 * 不在名单: a unit could otherwise file the copy it publishes under a fresh id beside a clean one (red team).
 */
function listedUnit(o: FilingOutcome, expected: readonly ExpectedUnit[] | undefined): ExpectedUnit | undefined {
  return expected?.some((u) => u.id === o.facts.catalogue) ? undefined : listedNamed(o, expected);
}

/** The one listed unit a filing's region and issuer name, if exactly one. */
function listedNamed(o: FilingOutcome, expected: readonly ExpectedUnit[] | undefined): ExpectedUnit | undefined {
  if (!expected || o.facts.region === undefined) return undefined;
  const named = expected.filter((u) => sameUnit(o, u.region));
  return named.length === 1 ? named[0] : undefined;
}

/** Decide: listed units in the list's order (or every unit by region), then unlisted, unreadable and skipped files. */
export function decideUnits(outcomes: readonly FilingOutcome[], expected?: readonly ExpectedUnit[], lang: Lang = 'zh'): UnitRow[] {
  const groups = new Map<string, FilingOutcome[]>();
  const unidentified: FilingOutcome[] = [];
  const skipped: FilingOutcome[] = [];
  const renamed = new Set<FilingOutcome>();
  const named = (o: FilingOutcome): ExpectedUnit | undefined => (o.result.integrity === 'handmade' ? undefined : listedUnit(o, expected));
  const unitOf = (o: FilingOutcome): string | undefined =>
    o.result.integrity === 'handmade' ? handmadeUnit(o, expected) : (named(o)?.id ?? o.facts.catalogue);
  const byFile = new Map(outcomes.map((o) => [o.result.file, o]));
  for (const o of outcomes) {
    if (named(o)) renamed.add(o);
    // A companion notice joins its report's row (without the list a Word notice has no id of its own).
    const report = o.companionOf === undefined ? undefined : byFile.get(o.companionOf);
    const id = unitOf(report ?? o);
    if (o.result.integrity === 'skipped') skipped.push(o);
    else if (id === undefined) unidentified.push(o);
    else groups.set(id, [...(groups.get(id) ?? []), o]);
  }
  const rows: UnitRow[] = [];
  for (const unit of expected ?? []) {
    const underOthers = [...groups]
      .filter(([other]) => other !== unit.id && expected?.some((u) => u.id === other))
      .flatMap(([, filings]) => filings.filter((o) => listedNamed(o, expected)?.id === unit.id));
    rows.push(unitRow(unit.region, unit.id, groups.get(unit.id) ?? [], true, lang, { renamed, underOthers }));
  }
  for (const unit of expected ?? []) groups.delete(unit.id);
  const rest = [...groups].map(([id, filings]) => unitRow(filings[0]?.facts.region ?? '', id, filings, expected === undefined, lang));
  rest.sort((a, b) => collator.compare(a.region, b.region) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const single =
    (state: UnitState) =>
    (o: FilingOutcome): UnitRow => ({ region: o.facts.region ?? '', id: o.facts.catalogue ?? '', state, outcome: o, superseded: [], companions: [] });
  return [...rows, ...rest, ...unidentified.sort(byPath).map(single('unidentified')), ...skipped.sort(byPath).map(single('skipped'))];
}
