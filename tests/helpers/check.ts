/** Check a YAML fixture under tests/fixtures/ through the real pipeline and pick out one rule's diagnostics. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSource, type CheckOptions } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import type { Diagnostic } from '../../src/model/index.js';

export const repoRoot = join(fileURLToPath(import.meta.url), '..', '..', '..');
export const fixturesDir = join(repoRoot, 'tests', 'fixtures');

/**
 * The diagnostics of a fixture (path relative to tests/fixtures/), checked with the repository root
 * as the working directory, so `extends: xinxiang@2020` finds catalogues/xinxiang/2020.yaml.
 */
export function checkFixture(relPath: string, opts: Partial<CheckOptions> = {}): Diagnostic[] {
  const abs = join(fixturesDir, relPath);
  const checked = checkSource(abs, readFileSync(abs), fsHost(repoRoot), { lang: 'zh', ...opts });
  return [...checked.result.diagnostics];
}

/** The diagnostics of one rule. */
export function only(diags: readonly Diagnostic[], ruleId: string): Diagnostic[] {
  return diags.filter((d) => d.rule === ruleId);
}

/** Rule, severity, position and target of each diagnostic: what the rule tests compare. */
export function where(diags: readonly Diagnostic[]): { rule: string; severity: string; line: number; column: number; target?: string }[] {
  return diags.map((d) => ({
    rule: d.rule,
    severity: d.severity,
    line: d.line,
    column: d.column,
    ...(d.target !== undefined ? { target: d.target } : {}),
  }));
}
