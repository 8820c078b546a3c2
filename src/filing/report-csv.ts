/** The summary table as CSV: UTF-8 with a BOM (so Excel reads the Chinese), CRLF, RFC 4180 quoting. */
import type { FilingOutcome } from '../model/filing.js';
import { COLUMNS, reportMeta, reportTable, type ReportContext, type Row } from './report-rows.js';

/** Quote when needed (RFC 4180); a leading = + - @ (or tab, CR) is defused so a spreadsheet never runs it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (row: Row): string => COLUMNS.map((c) => csvField(row[c])).join(',');

export function formatReportCsv(outcomes: readonly FilingOutcome[], ctx: ReportContext): string {
  const { header, rows, totals } = reportTable(outcomes, ctx);
  // The header facts first, one "label,value" line each, then a blank line and the table.
  const meta = reportMeta(ctx).map((m) => [m.label, m.value].map(csvField).join(','));
  return '\uFEFF' + [...meta, '', ...[header, ...rows, totals].map(line)].join('\r\n') + '\r\n';
}
