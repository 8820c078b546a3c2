/** What `catalog fix` prints: per file the fixes made (or, with --dry-run, the lines that would change), then a summary. */
import type { Lang } from '../model/index.js';
import { textLookup } from '../model/index.js';
import type { AppliedFix } from './fix.js';

const TEXTS = {
  'cmd': {
    zh: '就地改正能自动修正的问题（中文里的半角括号、直引号、半角标点，键后的全角冒号等输入法误输入），注释、格式和其余文字不变',
    en: 'rewrite the findings that have a sure fix (half-width brackets, straight quotes, ASCII punctuation in Chinese text; keyboard slips such as a full-width colon after a key) in place, keeping comments, layout and all other text',
  },
  'arg': { zh: '要修正的目录文件、文件夹或通配符', en: 'catalogue files, folders or globs to fix' },
  'opt.dryRun': { zh: '只显示将要做的修改，不写文件', en: 'show the changes without writing' },
  'opt.check': { zh: '同 --dry-run', en: 'same as --dry-run' },
  'fixed': { zh: '{file}：已修正 {count} 处', en: '{file}: fixed {count} problem(s)' },
  'wouldFix': { zh: '{file}：可修正 {count} 处（未写入）', en: '{file}: {count} problem(s) to fix (not written)' },
  'refused': {
    zh: '{file}：文件无法解析，未作修改。请先按下面的提示改正',
    en: '{file}: the file does not parse; it was left unchanged. Correct what is shown below first',
  },
  'notUtf8': {
    zh: '{file}：文件不是可以原样写回的 UTF-8 文本，未作修改',
    en: '{file}: the file is not UTF-8 text that can be written back as it was; it was left unchanged',
  },
  'summary.fixed': { zh: '✔ 已修正 {files} 个文件中的 {count} 处', en: '✔ Fixed {count} problem(s) in {files} file(s)' },
  'summary.wouldFix': {
    zh: '将修正 {files} 个文件中的 {count} 处（--dry-run，未写入任何文件）',
    en: '{count} problem(s) to fix in {files} file(s) (--dry-run, nothing written)',
  },
  'summary.none': { zh: '✔ 已检查 {files} 个文件，没有需要自动修正的地方', en: '✔ Checked {files} file(s): nothing to fix' },
  'remaining': { zh: '以下问题需要手工处理：', en: 'To correct by hand:' },
} as const;

export const fx = textLookup(TEXTS);

/** The fixes made in one file, one line each: `line:column  before → after`. */
export function formatFixes(lang: Lang, file: string, fixes: readonly AppliedFix[], dryRun: boolean): string {
  const head = fx(lang, dryRun ? 'wouldFix' : 'fixed', { file, count: fixes.length });
  const width = Math.max(...fixes.map((f) => `${f.line}:${f.column}`.length));
  return [head, ...fixes.map((f) => `  ${`${f.line}:${f.column}`.padEnd(width)}  ${f.found} → ${f.fixed}`)].join('\n');
}

/** The changed lines as a unified-style diff (fixes never add or remove a line, so lines pair by number). */
export function formatLineDiff(file: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const out = [`--- ${file}`, `+++ ${file}`];
  a.forEach((line, i) => {
    const next = b[i] ?? '';
    if (line !== next) out.push(`@@ -${i + 1} +${i + 1} @@`, `-${line.replace(/\r$/, '')}`, `+${next.replace(/\r$/, '')}`);
  });
  return out.join('\n');
}
