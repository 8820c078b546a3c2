/** `--format junit` against a standard JUnit XSD (Jenkins xUnit junit-10.xsd, tests/fixtures/junit), with xmllint. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

const XSD = join(repoRoot, 'tests', 'fixtures', 'junit', 'junit-10.xsd');
const hasXmllint = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;
if (!hasXmllint) console.warn('SKIPPED: the JUnit schema tests need xmllint (apt-get install -y libxml2-utils).');

function schemaProblems(xml: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'catalog-junit-')), 'report.xml');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return r.status === 0 ? '' : r.stderr;
}

describe.skipIf(!hasXmllint)('JUnit output against junit-10.xsd', () => {
  it('check: a clean file and one with failures, zh and en', () => {
    for (const lang of ['zh', 'en']) {
      const r = runCli(['check', 'tests/fixtures/report', '--format', 'junit', '--lang', lang]);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('<failure');
      expect(schemaProblems(r.stdout)).toBe('');
    }
  });

  it('check of the shipped examples, and verify (its integrity line in system-out)', () => {
    const ok = runCli(['check', 'catalogues', '--format', 'junit']);
    expect(ok.status).toBe(0);
    expect(schemaProblems(ok.stdout)).toBe('');
    const verified = runCli(['verify', 'catalogues/weihui.yaml', 'tests/fixtures/report/findings.yaml', '--format', 'junit']);
    expect(verified.stdout).toContain('完整性: source');
    expect(schemaProblems(verified.stdout)).toBe('');
  });

  it('the schema is strict enough to reject a test case without a name', () => {
    expect(schemaProblems('<testsuite name="x" tests="1" failures="0" errors="0"><testcase classname="c"/></testsuite>')).toMatch(/name/);
  });
});
