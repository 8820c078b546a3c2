/** The fixed results every report test formats: tests/fixtures/report/*.yaml checked from the repository root. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import type { FileResult, Lang } from '../../src/model/index.js';
import type { FormatContext } from '../../src/report/index.js';
import { fixturesDir, repoRoot } from '../helpers/check.js';

export const REPORT_FIXTURES = ['clean.yaml', 'findings.yaml'] as const;

/** Check a report fixture, optionally with other text at the same path (to move things around). */
export function checkReportFixture(name: string, lang: Lang = 'zh', text?: string): FileResult {
  const abs = join(fixturesDir, 'report', name);
  const bytes = text === undefined ? readFileSync(abs) : Buffer.from(text, 'utf8');
  return checkSource(abs, bytes, fsHost(repoRoot), { lang }).result;
}

export function reportResults(lang: Lang = 'zh'): FileResult[] {
  return REPORT_FIXTURES.map((name) => checkReportFixture(name, lang));
}

/** A stand-in rule page, so the golden files do not change whenever a docs page is edited. */
export function fakeRuleDoc(lang: Lang): (id: string) => string {
  return lang === 'zh'
    ? (id) => `# ${id}\n\n## 检查什么\n\n规则 ${id} 的说明，\n第二行。\n\n## 为什么\n\n理由。\n`
    : (id) => `# ${id}\n\n## What it checks\n\nWhat ${id} checks,\nsecond line.\n\n## Why\n\nBecause.\n`;
}

export function goldenContext(lang: Lang = 'zh', command = 'check'): FormatContext {
  return { lang, color: false, verbose: false, quiet: false, command, toolVersion: '0.0.0-test', ruleDoc: fakeRuleDoc(lang) };
}
