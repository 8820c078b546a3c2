/** `--format github`: GitHub Actions workflow commands (annotations), and the Markdown job summary. */
import type { Diagnostic, FileResult, Lang, Severity } from '../model/index.js';
import { SEVERITY_LABELS } from './labels.js';
import { summarize, type Formatter } from './types.js';

const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escape a workflow command's message (the data after `::`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command's property value (`file=`, `title=`, …): also `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotation(d: Diagnostic): string {
  // Columns only make sense on one line: GitHub misplaces a multi-line span that carries them.
  const cols: [string, number][] =
    d.endLine === d.line
      ? [
          ['col', d.column],
          ['endColumn', d.endColumn],
        ]
      : [];
  const props: [string, string | number][] = [
    ['file', d.file],
    ['line', d.line],
    ...cols.slice(0, 1),
    ['endLine', d.endLine],
    ...cols.slice(1),
    ['title', d.rule],
  ];
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMANDS[d.severity]} ${list}::${escapeData(d.message)}`;
}

export const formatGithub: Formatter = (results) => {
  const lines = results.flatMap((r) => r.diagnostics.map(annotation));
  return lines.length ? lines.join('\n') + '\n' : '';
};

const WORDS = {
  zh: {
    head: ['严重程度', '位置', '规则', '信息'],
    clean: '没有发现问题',
    totals: (files: number, e: number, w: number, i: number) => `已检查 ${files} 个文件：${e} 个错误，${w} 个警告，${i} 个提示`,
  },
  en: {
    head: ['Severity', 'Location', 'Rule', 'Message'],
    clean: 'No problems found',
    totals: (files: number, e: number, w: number, i: number) => `${files} file(s) checked: ${e} error(s), ${w} warning(s), ${i} info`,
  },
} as const;

const ICONS: Readonly<Record<Severity, string>> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** Text safe inside a Markdown table cell: no pipes, no line breaks, no raw HTML. */
export function markdownCell(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function fileSection(r: FileResult, lang: Lang): string[] {
  const w = WORDS[lang];
  const out = [`### \`${r.file.replace(/`/g, "'")}\``, ''];
  if (r.diagnostics.length === 0) return [...out, `✅ ${w.clean}`, ''];
  out.push(`| ${w.head.join(' | ')} |`, '|---|---|---|---|');
  for (const d of r.diagnostics) {
    out.push(`| ${ICONS[d.severity]} ${SEVERITY_LABELS[lang][d.severity]} | ${d.line}:${d.column} | \`${d.rule}\` | ${markdownCell(d.message)} |`);
  }
  return [...out, ''];
}

/** The job summary: totals first, then one table per file (annotations are capped; this carries everything). */
export const formatGithubSummary: Formatter = (results, ctx) => {
  const s = summarize(results);
  const mark = s.errors > 0 ? '❌' : s.warnings > 0 ? '⚠️' : '✅';
  const lines = [`## catalog ${ctx.command}`, '', `${mark} ${WORDS[ctx.lang].totals(s.files, s.errors, s.warnings, s.infos)}`, ''];
  for (const r of results) lines.push(...fileSection(r, ctx.lang));
  return lines.join('\n');
};
