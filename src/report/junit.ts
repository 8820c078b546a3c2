/** `--format junit`: one JUnit test suite, one test case per file; errors fail it, other findings go to system-out. */
import type { Diagnostic, FileResult, Lang } from '../model/index.js';
import { SEVERITY_LABELS } from './labels.js';
import type { Formatter } from './types.js';
import { escapeXml, escapeXmlAttr } from '../util/xml.js';

export { escapeXml, escapeXmlAttr };

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
  const others = r.diagnostics
    .filter((d) => d.severity !== 'error')
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
