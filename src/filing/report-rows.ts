/** The decision table (备案核验汇总表) as rows of text, shared by the HTML, Markdown, CSV and JSON reports. */
import type { FilingOutcome } from '../model/filing.js';
import type { Diagnostic, Lang } from '../model/index.js';
import { escapeControls } from '../report/escape.js';
import { decideUnits, type UnitRow } from './decision.js';
import type { ExpectedUnit } from './expect.js';

/** What every report is told besides the outcomes; the clock comes in here (SOURCE_DATE_EPOCH for reproducible reports). */
export interface ReportContext {
  readonly lang: Lang;
  /** The bureau's baseline (its own `--baseline`), e.g. xinxiang@2020, and its SHA-256. */
  readonly baseline: { readonly label: string; readonly sha256: string; readonly id?: string; readonly version?: string };
  readonly toolVersion: string;
  /** When the filings were verified, ISO 8601 in UTC (absent in old callers: not shown). */
  readonly time?: string;
  /** `--expect`: the units that must file, in the list's order. */
  readonly expected?: readonly ExpectedUnit[];
}

export const COLUMNS = [
  'index',
  'region',
  'catalogue',
  'state',
  'docType',
  'number',
  'date',
  'baseline',
  'added',
  'removed',
  'errors',
  'warnings',
  'reasons',
  'deviations',
  'integrity',
  'status',
  'file',
] as const;
export type Column = (typeof COLUMNS)[number];
export type Row = Readonly<Record<Column, string>>;

const WORDS = {
  zh: {
    title: '义务教育领域基层政务公开标准目录备案核验汇总表',
    baseline: '核验依据的基准目录',
    tool: '核验工具',
    time: '核验时间',
    expected: '应报送单位',
    total: '合计',
    units: '个单位',
    files: '个文件',
    version: '版本',
    noVersion: '无版本号',
    columns: {
      index: '序号',
      region: '地区/单位',
      catalogue: '目录编号',
      state: '报送情况',
      docType: '文件类型',
      number: '文号',
      date: '成文日期',
      baseline: '基准目录',
      added: '新增',
      removed: '删减',
      errors: '错误',
      warnings: '警告',
      reasons: '问题（规则：说明）',
      deviations: '声明的偏离及理由',
      integrity: '完整性',
      status: '结论',
      file: '文件',
    },
    states: { filed: '已报送', duplicate: '重复', mismatch: '不符', missing: '未报送', unlisted: '不在名单', unidentified: '无法识别', skipped: '未核验' },
    docTypes: { notice: '印发通知', filing: '备案报告', source: '源文件' },
    integrity: {
      ok: '一致',
      'other-version': '其他版本（文字一致）',
      tampered: '被改动',
      'missing-source': '无源文件',
      unreadable: '无法读取',
      'baseline-mismatch': '基准不符',
      unverified: '未能核对',
      source: 'YAML 源文件',
      handmade: '手工制作',
      failed: '核验失败',
      skipped: '未核验',
    },
    status: { ok: '通过', warning: '有警告', error: '有错误' },
    superseded: (files: string) => `另有未采用的：${files}`,
    companions: (files: string) => `同一内容的印发通知：${files}`,
    more: (n: number) => `……另有 ${n} 条`,
    deviation: (target: string, reason: string, ref?: string) => `${target}：${reason}${ref ? `（${ref}）` : ''}`,
    reason: (rule: string, message: string) => `${rule}：${message}`,
    sep: '，',
  },
  en: {
    title: 'Verification of the filed disclosure catalogues',
    baseline: 'Verified against',
    tool: 'Verified with',
    time: 'Verified at',
    expected: 'Units that must file',
    total: 'Total',
    units: 'units',
    files: 'files',
    version: 'version',
    noVersion: 'no version',
    columns: {
      index: 'No.',
      region: 'Region / school',
      catalogue: 'Catalogue id',
      state: 'Filed',
      docType: 'Document',
      number: 'Number',
      date: 'Date',
      baseline: 'Baseline',
      added: 'Added',
      removed: 'Removed',
      errors: 'Errors',
      warnings: 'Warnings',
      reasons: 'Problems (rule: message)',
      deviations: 'Declared deviations and reasons',
      integrity: 'Integrity',
      status: 'Status',
      file: 'File',
    },
    states: {
      filed: 'filed',
      duplicate: 'duplicate',
      mismatch: 'mismatch',
      missing: 'not filed',
      unlisted: 'not on the list',
      unidentified: 'unidentified',
      skipped: 'not verified',
    },
    docTypes: { notice: 'notice', filing: 'filing report', source: 'source' },
    integrity: {
      ok: 'identical',
      'other-version': 'other version (text matches)',
      tampered: 'tampered',
      'missing-source': 'no source',
      unreadable: 'unreadable',
      'baseline-mismatch': 'baseline mismatch',
      unverified: 'not verified',
      source: 'YAML source',
      handmade: 'hand-made',
      failed: 'failed',
      skipped: 'not verified',
    },
    status: { ok: 'passed', warning: 'warnings', error: 'errors' },
    superseded: (files: string) => `also filed, not taken: ${files}`,
    companions: (files: string) => `notice with the same table: ${files}`,
    more: (n: number) => `… ${n} more`,
    deviation: (target: string, reason: string, ref?: string) => `${target}: ${reason}${ref ? ` (${ref})` : ''}`,
    reason: (rule: string, message: string) => `${rule}: ${message}`,
    sep: ', ',
  },
} as const;

export type ReportWords = (typeof WORDS)[Lang];

export function reportWords(lang: Lang): ReportWords {
  return WORDS[lang];
}

/** At most this many problems per row; the rest are counted. */
const MAX_REASONS = 8;

function count(o: FilingOutcome | undefined, severity: 'error' | 'warning'): number {
  return o ? o.result.diagnostics.filter((d) => d.severity === severity).length : 0;
}

/** The errors and warnings of a filing as "rule: first line", once each; declared deviations have their own column. */
export function reasonsOf(o: FilingOutcome | undefined): Diagnostic[] {
  const seen = new Set<string>();
  return (o?.result.diagnostics ?? []).filter((d) => {
    if (d.severity === 'info' || d.rule === 'deviation') return false;
    const key = `${d.rule}\n${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function reasonsCell(o: FilingOutcome | undefined, w: ReportWords): string {
  const all = reasonsOf(o).map((d) => w.reason(d.rule, d.message.split('\n')[0] ?? ''));
  return [...all.slice(0, MAX_REASONS), ...(all.length > MAX_REASONS ? [w.more(all.length - MAX_REASONS)] : [])].join('\n');
}

function baselineCell(o: FilingOutcome | undefined): string {
  const { baseline, root } = o?.facts ?? {};
  if (baseline === undefined) return '';
  return root !== undefined && root !== baseline ? `${baseline} (${root})` : baseline;
}

function row(u: UnitRow, index: number, w: ReportWords): Row {
  const o = u.outcome;
  const facts = o?.facts;
  const items = facts?.items;
  const integrity = o?.result.integrity ?? '';
  const doc = facts?.document;
  const listed = (list: readonly FilingOutcome[]): string => list.map((s) => s.result.file).join(w.sep);
  const files = [
    o?.result.file ?? '',
    ...(u.companions.length > 0 ? [w.companions(listed(u.companions))] : []),
    ...(u.superseded.length > 0 ? [w.superseded(listed(u.superseded))] : []),
  ];
  const cells: Row = {
    index: String(index),
    region: u.region,
    catalogue: u.id,
    state: w.states[u.state],
    docType: doc ? w.docTypes[doc.type] : '',
    number: doc?.number ?? '',
    date: doc?.date ?? '',
    baseline: baselineCell(o),
    added: items ? String(items.added) : '',
    removed: items ? String(items.removed) : '',
    errors: o ? String(count(o, 'error')) : '',
    warnings: o ? String(count(o, 'warning')) : '',
    reasons: reasonsCell(o, w),
    deviations: (facts?.deviations ?? []).map((d) => w.deviation(d.target, d.reason, d.ref)).join('\n'),
    integrity: (w.integrity as Record<string, string>)[integrity] ?? integrity,
    status: o?.result.status && u.state !== 'skipped' ? w.status[o.result.status] : '',
    file: files.filter((f) => f !== '').join('\n'),
  };
  return Object.fromEntries(COLUMNS.map((c) => [c, cells[c].split('\n').map(escapeControls).join('\n')])) as Row;
}

/** "label n, label n" for the values that occur, in a fixed order. */
function tally(values: readonly string[], labels: Readonly<Record<string, string>>, sep: string): string {
  return Object.entries(labels)
    .map(([key, label]) => [label, values.filter((v) => v === key).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label} ${n}`)
    .join(sep);
}

function totalsRow(units: readonly UnitRow[], w: ReportWords): Row {
  const outcomes = units.flatMap((u) => (u.outcome ? [u.outcome] : []));
  const sum = (f: (o: FilingOutcome) => number | undefined): string => String(outcomes.reduce((s, o) => s + (f(o) ?? 0), 0));
  const files = units.reduce((n, u) => n + (u.outcome ? 1 : 0) + u.superseded.length + u.companions.length, 0);
  return {
    index: w.total,
    region: `${units.filter((u) => u.state !== 'skipped' && u.state !== 'unidentified').length} ${w.units}${w.sep}${files} ${w.files}`,
    catalogue: '',
    state: tally(
      units.map((u) => u.state),
      w.states,
      w.sep,
    ),
    docType: '',
    number: '',
    date: '',
    baseline: '',
    added: sum((o) => o.facts.items?.added),
    removed: sum((o) => o.facts.items?.removed),
    errors: sum((o) => count(o, 'error')),
    warnings: sum((o) => count(o, 'warning')),
    reasons: '',
    deviations: sum((o) => o.facts.deviations.length),
    integrity: tally(
      outcomes.map((o) => o.result.integrity ?? ''),
      w.integrity,
      w.sep,
    ),
    status: tally(
      units.filter((u) => u.state !== 'skipped').map((u) => u.outcome?.result.status ?? ''),
      w.status,
      w.sep,
    ),
    file: '',
  };
}

/** The table: header, one row per unit (with its status key for styling), and the totals. */
export function reportTable(
  outcomes: readonly FilingOutcome[],
  ctx: Pick<ReportContext, 'lang' | 'expected'>,
): { header: Row; rows: Row[]; statuses: string[]; units: UnitRow[]; totals: Row } {
  const w = WORDS[ctx.lang];
  const units = decideUnits(outcomes, ctx.expected, ctx.lang);
  return {
    header: w.columns,
    rows: units.map((u, i) => row(u, i + 1, w)),
    statuses: units.map((u) => (u.state === 'missing' ? 'missing' : u.state === 'skipped' ? 'skipped' : (u.outcome?.result.status ?? ''))),
    units,
    totals: totalsRow(units, w),
  };
}

/** The header facts every report states: verification time, the baseline (id, version, SHA-256), the tool, the list. */
export function reportMeta(ctx: ReportContext): { label: string; value: string }[] {
  const w = WORDS[ctx.lang];
  const b = ctx.baseline;
  const version = b.version ?? (b.id !== undefined ? w.noVersion : undefined);
  const id = b.id ?? b.label;
  return [
    ...(ctx.time !== undefined ? [{ label: w.time, value: displayTime(ctx.time) }] : []),
    { label: w.baseline, value: `${id}${version !== undefined ? `${w.sep}${w.version} ${version}` : ''}${w.sep}SHA-256 ${b.sha256}` },
    { label: w.tool, value: `catalog ${ctx.toolVersion}` },
    ...(ctx.expected ? [{ label: w.expected, value: String(ctx.expected.length) }] : []),
  ];
}

/** 2026-12-03T18:40:05.000Z → 2026-12-03 18:40:05 UTC. */
function displayTime(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
}
