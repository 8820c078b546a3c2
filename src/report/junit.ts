/** `--format junit`: one JUnit test suite, one test case per file; errors fail it, other findings go to system-out. */
import type { Diagnostic, FileResult, Lang } from '../model/index.js';
import { SEVERITY_LABELS } from './labels.js';
import type { Formatter } from './types.js';

/** Escape element text, and drop characters XML 1.0 cannot carry. */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape an attribute value (quotes, and line breaks that parsers would turn into spaces). */
export function escapeXmlAttr(s: string): string {
  return escapeXml(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const WORDS = {
  zh: { errors: (n: number) => `${n} 个错误`, integrity: '完整性' },
  en: { errors: (n: number) => `${n} error${n === 1 ? '' : 's'}`, integrity: 'integrity' },
} as const;

function line(d: Diagnostic): string {
  return `${d.line}:${d.column}  ${d.rule}  ${d.message}`;
}

function testcase(r: FileResult, lang: Lang): string[] {
  const w = WORDS[lang];
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  const others = r.diagnostics.filter((d) => d.severity !== 'error')
    .map((d) => `${d.line}:${d.column}  ${SEVERITY_LABELS[lang][d.severity]}  ${d.rule}  ${d.message}`);
  if (r.integrity !== undefined) others.unshift(`${w.integrity}: ${r.integrity}`);
  const open = `  <testcase classname="catalog" name="${escapeXmlAttr(r.file)}" time="0"`;
  if (errors.length === 0 && others.length === 0) return [`${open}/>`];
  const out = [`${open}>`];
  if (errors.length > 0) {
    out.push(`    <failure message="${escapeXmlAttr(w.errors(errors.length))}" type="error">${escapeXml(errors.map(line).join('\n'))}</failure>`);
  }
  if (others.length > 0) out.push(`    <system-out>${escapeXml(others.join('\n'))}</system-out>`);
  return [...out, '  </testcase>'];
}

export const formatJunit: Formatter = (results, ctx) => {
  const failures = results.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).length;
  const name = escapeXmlAttr(`catalog ${ctx.command}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite name="${name}" tests="${results.length}" failures="${failures}" errors="0" skipped="0" time="0">`,
    ...results.flatMap((r) => testcase(r, ctx.lang)),
    '</testsuite>',
    '',
  ].join('\n');
};
