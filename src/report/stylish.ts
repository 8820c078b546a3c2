/** The default terminal format: findings grouped by file, `line:column  severity  message  rule`. */
import pc from 'picocolors';
import type { Diagnostic, Lang, Severity } from '../model/index.js';
import { displayWidth as width, padEnd as pad } from '../util/width.js';
import { summarize, type Formatter } from './types.js';

const LABELS: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export const formatStylish: Formatter = (results, ctx) => {
  const c = pc.createColors(ctx.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };
  const shown = (d: Diagnostic): boolean => (ctx.quiet ? d.severity === 'error' : d.severity !== 'info' || ctx.verbose);
  const lines: string[] = [];
  for (const r of results) {
    const ds = r.diagnostics.filter(shown);
    if (ds.length === 0) continue;
    lines.push(c.underline(r.file));
    // A finding inside a filing's embedded source names it: "weihui.yaml:57:11" under "weihui.filing.pdf".
    const pos = (d: Diagnostic): string => `${d.file !== r.file ? `${d.file.slice(d.file.indexOf('#') + 1)}:` : ''}${d.line}:${d.column}`;
    const posWidth = Math.max(...ds.map((d) => width(pos(d))));
    const labelWidth = Math.max(...ds.map((d) => width(LABELS[ctx.lang][d.severity])));
    for (const d of ds) {
      const label = LABELS[ctx.lang][d.severity];
      lines.push(`  ${c.dim(pad(pos(d), posWidth))}  ${paint[d.severity](pad(label, labelWidth))}  ${d.message}  ${c.dim(d.rule)}`);
    }
    lines.push('');
  }
  const s = summarize(results);
  const infos = ctx.verbose && !ctx.quiet ? s.infos : 0;
  if (s.errors + s.warnings + infos === 0) {
    lines.push(c.green(ctx.lang === 'zh' ? `✔ 已检查 ${s.files} 个文件，没有发现问题` : `✔ ${s.files} file(s) checked, no problems`));
  } else {
    const mark = s.errors > 0 ? c.red('✖') : s.warnings > 0 ? c.yellow('⚠') : c.green('✔');
    lines.push(
      ctx.lang === 'zh'
        ? `${mark} 已检查 ${s.files} 个文件：${s.errors} 个错误，${s.warnings} 个警告${infos ? `，${infos} 个提示` : ''}`
        : `${mark} ${s.files} file(s) checked: ${s.errors} error(s), ${s.warnings} warning(s)${infos ? `, ${infos} info` : ''}`,
    );
  }
  return lines.join('\n') + '\n';
};
