/** The summary table as one self-contained HTML page (no scripts, no external files), printable on A4 landscape. */
import type { FilingOutcome } from '../model/filing.js';
import { COLUMNS, reportMeta, reportTable, reportWords, type Column, type ReportContext, type Row } from './report-rows.js';

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
@page { size: A4 landscape; margin: 12mm 10mm; }
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans SC", "Noto Sans CJK SC", sans-serif; font-size: 10pt; color: #000; margin: 16px; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 8px; }
p.meta { font-size: 9pt; margin: 2px 0; }
table { border-collapse: collapse; width: 100%; margin-top: 10px; }
th, td { border: 1px solid #444; padding: 3px 4px; vertical-align: top; }
th { background: #eee; font-weight: bold; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
td.num { text-align: right; white-space: nowrap; }
td.deviations { font-size: 8.5pt; }
td.file { font-size: 8pt; word-break: break-all; }
td.reasons { font-size: 8pt; min-width: 14em; }
td.date, td.number, td.docType, td.state { white-space: nowrap; }
tr.missing td.state { color: #b00020; font-weight: bold; }
tr.skipped td.state { color: #8a5a00; font-weight: bold; }
tr.error td.status { color: #b00020; font-weight: bold; }
tr.warning td.status { color: #8a5a00; font-weight: bold; }
tr.totals td { font-weight: bold; background: #f5f5f5; }
@media print { body { margin: 0; } }
`.trim();

const NUMERIC: ReadonlySet<Column> = new Set(['index', 'added', 'removed', 'errors', 'warnings']);

function cells(row: Row, tag: 'td' | 'th'): string {
  return COLUMNS.map((c) => {
    const cls = tag === 'td' ? ` class="${NUMERIC.has(c) ? 'num' : c}"` : '';
    return `<${tag}${cls}>${escapeHtml(row[c]).replace(/\n/g, '<br>')}</${tag}>`;
  }).join('');
}

export function formatReportHtml(outcomes: readonly FilingOutcome[], ctx: ReportContext): string {
  const w = reportWords(ctx.lang);
  const { header, rows, statuses, totals } = reportTable(outcomes, ctx);
  const sep = ctx.lang === 'zh' ? '：' : ': ';
  return [
    '<!DOCTYPE html>',
    `<html lang="${ctx.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(w.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(w.title)}</h1>`,
    ...reportMeta(ctx).map((m) => `<p class="meta">${escapeHtml(m.label)}${sep}${escapeHtml(m.value)}</p>`),
    '<table>',
    `<thead><tr>${cells(header, 'th')}</tr></thead>`,
    '<tbody>',
    ...rows.map((r, i) => `<tr class="${statuses[i] ?? ''}">${cells(r, 'td')}</tr>`),
    '</tbody>',
    `<tfoot><tr class="totals">${cells(totals, 'td')}</tr></tfoot>`,
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
