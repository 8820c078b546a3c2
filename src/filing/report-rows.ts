/** The summary table (备案核验汇总表) as rows of text, shared by the HTML, Markdown and CSV reports. */
import type { FilingOutcome } from '../model/filing.js';
import type { CatalogueKind, Lang } from '../model/index.js';
import { sortOutcomes } from './order.js';

/** What every report is told besides the outcomes; nothing machine-dependent (no paths, no clock). */
export interface ReportContext {
  readonly lang: Lang;
  /** The bureau's baseline, e.g. xinxiang@2020, and its SHA-256. */
  readonly baseline: { readonly label: string; readonly sha256: string };
  readonly toolVersion: string;
}

export const COLUMNS = ['index', 'region', 'catalogue', 'kind', 'baseline', 'baselineItems', 'added', 'removed', 'errors', 'warnings', 'deviations', 'integrity', 'status', 'file'] as const;
export type Column = (typeof COLUMNS)[number];
export type Row = Readonly<Record<Column, string>>;

const WORDS = {
  zh: {
    title: '义务教育领域基层政务公开标准目录备案核验汇总表',
    baseline: '市级基准目录', tool: '核验工具', total: '合计', filings: '份',
    columns: { index: '序号', region: '地区/单位', catalogue: '目录', kind: '类别', baseline: '基准目录', baselineItems: '基准事项', added: '新增', removed: '删减', errors: '错误', warnings: '警告', deviations: '声明的偏离及理由', integrity: '完整性', status: '结论', file: '文件' },
    kinds: { municipal: '市级', county: '县级', school: '学校' },
    integrity: { ok: '一致', 'other-version': '其他版本（文字一致）', tampered: '被改动', 'missing-source': '无源文件', unreadable: '无法读取', 'baseline-mismatch': '基准不符', unverified: '未能核对', source: 'YAML 源文件', handmade: '手工制作', failed: '核验失败' },
    status: { ok: '通过', warning: '有警告', error: '有错误' },
    deviation: (target: string, reason: string, ref?: string) => `${target}：${reason}${ref ? `（${ref}）` : ''}`,
  },
  en: {
    title: 'Verification summary of the filed disclosure catalogues',
    baseline: 'Municipal baseline', tool: 'Verified with', total: 'Total', filings: 'filings',
    columns: { index: 'No.', region: 'Region / school', catalogue: 'Catalogue', kind: 'Kind', baseline: 'Baseline', baselineItems: 'Baseline items', added: 'Added', removed: 'Removed', errors: 'Errors', warnings: 'Warnings', deviations: 'Declared deviations and reasons', integrity: 'Integrity', status: 'Status', file: 'File' },
    kinds: { municipal: 'municipal', county: 'county', school: 'school' },
    integrity: { ok: 'identical', 'other-version': 'other version (text matches)', tampered: 'tampered', 'missing-source': 'no source', unreadable: 'unreadable', 'baseline-mismatch': 'baseline mismatch', unverified: 'not verified', source: 'YAML source', handmade: 'hand-made', failed: 'failed' },
    status: { ok: 'passed', warning: 'warnings', error: 'errors' },
    deviation: (target: string, reason: string, ref?: string) => `${target}: ${reason}${ref ? ` (${ref})` : ''}`,
  },
} as const;

export type ReportWords = (typeof WORDS)[Lang];

export function reportWords(lang: Lang): ReportWords {
  return WORDS[lang];
}

function count(o: FilingOutcome, severity: 'error' | 'warning'): number {
  return o.result.diagnostics.filter((d) => d.severity === severity).length;
}

function baselineCell(o: FilingOutcome): string {
  const { baseline, root } = o.facts;
  if (baseline === undefined) return '';
  return root !== undefined && root !== baseline ? `${baseline} (${root})` : baseline;
}

function row(o: FilingOutcome, index: number, w: ReportWords): Row {
  const { facts, result } = o;
  const items = facts.items;
  const integrity = result.integrity ?? '';
  return {
    index: String(index),
    region: facts.region ?? '',
    catalogue: facts.catalogue ?? '',
    kind: facts.kind ? w.kinds[facts.kind satisfies CatalogueKind] : '',
    baseline: baselineCell(o),
    baselineItems: items ? String(items.baseline) : '',
    added: items ? String(items.added) : '',
    removed: items ? String(items.removed) : '',
    errors: String(count(o, 'error')),
    warnings: String(count(o, 'warning')),
    deviations: facts.deviations.map((d) => w.deviation(d.target, d.reason, d.ref)).join('\n'),
    integrity: (w.integrity as Record<string, string>)[integrity] ?? integrity,
    status: result.status ? w.status[result.status] : '',
    file: result.file,
  };
}

/** "label n, label n" for the values that occur, in a fixed order. */
function tally(values: readonly string[], labels: Readonly<Record<string, string>>, sep: string): string {
  return Object.entries(labels)
    .map(([key, label]) => [label, values.filter((v) => v === key).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label} ${n}`)
    .join(sep);
}

function totalsRow(outcomes: readonly FilingOutcome[], w: ReportWords, lang: Lang): Row {
  const sum = (f: (o: FilingOutcome) => number | undefined): string => String(outcomes.reduce((s, o) => s + (f(o) ?? 0), 0));
  const sep = lang === 'zh' ? '，' : ', ';
  return {
    index: w.total,
    region: `${outcomes.length} ${w.filings}`,
    catalogue: '', kind: '', baseline: '',
    baselineItems: '',
    added: sum((o) => o.facts.items?.added),
    removed: sum((o) => o.facts.items?.removed),
    errors: sum((o) => count(o, 'error')),
    warnings: sum((o) => count(o, 'warning')),
    deviations: sum((o) => o.facts.deviations.length),
    integrity: tally(outcomes.map((o) => o.result.integrity ?? ''), w.integrity, sep),
    status: tally(outcomes.map((o) => o.result.status ?? ''), w.status, sep),
    file: '',
  };
}

/** The header, one row per filing sorted by region (with its status key), and the totals. */
export function reportTable(outcomes: readonly FilingOutcome[], lang: Lang): { header: Row; rows: Row[]; statuses: string[]; totals: Row } {
  const w = WORDS[lang];
  const sorted = sortOutcomes(outcomes);
  return {
    header: w.columns,
    rows: sorted.map((o, i) => row(o, i + 1, w)),
    statuses: sorted.map((o) => o.result.status ?? ''),
    totals: totalsRow(sorted, w, lang),
  };
}
