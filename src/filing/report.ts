/** `--report FILE`: the summary table's formats, chosen by the file's extension. */
import type { FilingOutcome } from '../model/filing.js';
import { formatReportCsv } from './report-csv.js';
import { formatReportHtml } from './report-html.js';
import { formatReportJson } from './report-json.js';
import { formatReportMarkdown } from './report-md.js';
import type { ReportContext } from './report-rows.js';

export type ReportFormatter = (outcomes: readonly FilingOutcome[], ctx: ReportContext) => string;

export const REPORT_FORMATS: Readonly<Record<string, ReportFormatter>> = {
  html: formatReportHtml,
  htm: formatReportHtml,
  md: formatReportMarkdown,
  csv: formatReportCsv,
  json: formatReportJson,
};

/** The formatter for a report file name, or undefined for an extension we do not write. */
export function reportFormatFor(file: string): ReportFormatter | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(file)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : REPORT_FORMATS[ext];
}
