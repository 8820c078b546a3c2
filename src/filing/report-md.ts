/** The summary table as Markdown (GitHub-flavoured table), for a job summary or an issue. */
import type { FilingOutcome } from '../model/filing.js';
import { COLUMNS, reportMeta, reportTable, reportWords, type ReportContext, type Row } from './report-rows.js';

/** A table cell: no pipes, no raw HTML, line breaks as <br>. */
export function mdCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>');
}

const line = (row: Row): string => `| ${COLUMNS.map((c) => mdCell(row[c])).join(' | ')} |`;

export function formatReportMarkdown(outcomes: readonly FilingOutcome[], ctx: ReportContext): string {
  const w = reportWords(ctx.lang);
  const { header, rows, totals } = reportTable(outcomes, ctx);
  const sep = ctx.lang === 'zh' ? '：' : ': ';
  const bold = (row: Row): Row => Object.fromEntries(COLUMNS.map((c) => [c, row[c] === '' ? '' : `**${row[c]}**`])) as Row;
  return [
    `# ${w.title}`,
    '',
    ...reportMeta(ctx).map((m) => `- ${mdCell(m.label)}${sep}${mdCell(m.value)}`),
    '',
    line(header),
    `|${COLUMNS.map(() => ' --- ').join('|')}|`,
    ...rows.map(line),
    line(bold(totals)),
    '',
  ].join('\n');
}
