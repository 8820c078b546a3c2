import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { validateSarif } from './sarif-schema.js';
import { xmlProblems } from './xml.js';

/** Needs the built CLI (`npm run build`; `npm test` builds first). */
describe('catalog check --format sarif|github|gitlab|junit (built CLI)', () => {
  it('sarif: the shipped catalogues give valid SARIF with help text, exit 0', () => {
    const r = runCli(['check', 'catalogues', '--format', 'sarif']);
    expect(r.status, r.stderr).toBe(0);
    const log = JSON.parse(r.stdout) as { runs: { tool: { driver: { version: string; rules: { help: { markdown: string } }[] } }; results: unknown[] }[] };
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const run = log.runs[0]!;
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.results.length).toBeGreaterThan(0);
    for (const rule of run.tool.driver.rules) expect(rule.help.markdown).toMatch(/^# /);
    expect(r.stdout).not.toContain(process.cwd());
  });

  it('sarif, gitlab and junit exit 1 on the fixture with errors and print what parses', () => {
    const sarif = runCli(['check', 'tests/fixtures/report', '--format', 'sarif', '--lang', 'en']);
    expect(sarif.status, sarif.stderr).toBe(1);
    expect(validateSarif(JSON.parse(sarif.stdout))).toBe(true);
    expect(sarif.stdout).toContain('"language": "en-US"');
    const gitlab = runCli(['check', 'tests/fixtures/report', '--format', 'gitlab']);
    expect(gitlab.status).toBe(1);
    expect((JSON.parse(gitlab.stdout) as unknown[]).length).toBe(6);
    const junit = runCli(['check', 'tests/fixtures/report', '--format', 'junit']);
    expect(junit.status).toBe(1);
    expect(xmlProblems(junit.stdout)).toEqual([]);
  });

  it('github: annotations on stdout, and the summary appended to $GITHUB_STEP_SUMMARY', () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'gh-summary-')), 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const r = runCli(['check', 'tests/fixtures/report', '--format', 'github'], undefined, { GITHUB_STEP_SUMMARY: summary });
    expect(r.status, r.stderr).toBe(1);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .every((l) => /^::(error|warning|notice) file=tests\/fixtures\/report\/findings\.yaml,line=\d+,/.test(l)),
    ).toBe(true);
    const md = readFileSync(summary, 'utf8');
    expect(md).toMatch(/^# earlier step\n## catalog check\n/);
    expect(md).toContain('| `removed-item` |');
  });

  it('github without $GITHUB_STEP_SUMMARY only prints annotations; an unknown format is a usage error', () => {
    const r = runCli(['check', 'catalogues/weihui.yaml', '--format', 'github'], undefined, { GITHUB_STEP_SUMMARY: '' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^(::notice .*\n)*$/);
    const bad = runCli(['check', '--format', 'checkstyle']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('sarif');
  });
});
