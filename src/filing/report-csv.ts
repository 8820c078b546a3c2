/** The summary table as CSV: UTF-8 with a BOM (so Excel reads the Chinese), CRLF, RFC 4180 quoting. */
import type { FilingOutcome } from '../model/filing.js';
import { COLUMNS, reportTable, type ReportContext, type Row } from './report-rows.js';

/** Quote when needed (RFC 4180); a leading = + @ is defused so a spreadsheet never runs it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const line = (row: Row): string => COLUMNS.map((c) => csvField(row[c])).join(',');

export function formatReportCsv(outcomes: readonly FilingOutcome[], ctx: ReportContext): string {
  const { header, rows, totals } = reportTable(outcomes, ctx.lang);
  return '\uFEFF' + [header, ...rows, totals].map(line).join('\r\n') + '\r\n';
}
