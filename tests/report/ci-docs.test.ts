/** The CI entry points (action.yml, the GitLab template) and the docs/ci examples that use them. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FORMATTERS } from '../../src/report/index.js';
import { repoRoot } from '../helpers/check.js';

const read = (...path: string[]): string => readFileSync(join(repoRoot, ...path), 'utf8');
const manifest = JSON.parse(read('package.json')) as { version: string; files: string[] };

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
const action = parse(read('action.yml')) as { inputs: Record<string, { default?: string }>; runs: { using: string; steps: Step[] } };
const template = parse(read('ci', 'gitlab', 'catalog.gitlab-ci.yml')) as Record<
  string,
  { script: string[]; before_script: string[]; variables: Record<string, string>; artifacts: { reports: Record<string, string> } }
>;

/** Runs lines of shell as a CI runner does (bash -e), with `catalog` replaced by a fake that prints `stdout` and exits `code`. */
function runGuarded(lines: readonly string[], code: number, stdout: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'catalog-ci-'));
  const fake = join(dir, 'catalog');
  writeFileSync(fake, `#!/bin/sh\nprintf '%s' '${stdout}'\nexit ${code}\n`);
  chmodSync(fake, 0o755);
  const r = spawnSync('bash', ['-e', '-c', lines.join('\n')], {
    cwd: dir,
    env: { ...process.env, CATALOG_BIN: fake, CATALOG_PATHS: '', CATALOG_BASELINE: '' },
    encoding: 'utf8',
  });
  return r.status ?? -1;
}

describe('GitHub composite action', () => {
  it('has the inputs a catalogue repository needs and uploads SARIF when asked', () => {
    expect(action.runs.using).toBe('composite');
    for (const input of ['command', 'paths', 'format', 'baseline', 'sarif', 'package', 'node-version']) expect(Object.keys(action.inputs)).toContain(input);
    expect(action.inputs.format?.default).toBe('github');
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toBe("inputs.sarif == 'true'");
    expect(action.runs.steps.every((s) => s.uses !== undefined || s.run !== undefined)).toBe(true);
  });

  it('fails the SARIF step on a crash, even one that exits 1 with an empty report', () => {
    const sarif = action.runs.steps.find((s) => s.run?.includes('--format sarif'))!;
    const body = [`export OUT=catalog.sarif COMMAND=check PATHS= BASELINE=`, sarif.run!];
    expect(runGuarded(body, 1, '{"version":"2.1.0"}')).toBe(0);
    expect(runGuarded(body, 0, '{"version":"2.1.0"}')).toBe(0);
    expect(runGuarded(body, 1, '')).not.toBe(0);
    expect(runGuarded(body, 2, '')).not.toBe(0);
  });
});

describe('GitLab template', () => {
  const job = template['.catalog']!;

  it('is a hidden job writing the Code Quality and JUnit reports', () => {
    expect(Object.keys(job.artifacts.reports).sort()).toEqual(['codequality', 'junit']);
    expect(job.variables.CATALOG_PACKAGE).toContain(`v${manifest.version}`);
    for (const [, format] of job.script.join('\n').matchAll(/--format (\w+)/g)) expect(Object.keys(FORMATTERS)).toContain(format);
  });

  it('fails the job on a crash: exit 2, or exit 1 that leaves an empty report', () => {
    const reports = job.script.slice(0, 4);
    expect(runGuarded(reports, 1, '[]')).toBe(0);
    expect(runGuarded(reports, 1, '')).not.toBe(0);
    expect(runGuarded(reports, 2, 'x')).not.toBe(0);
    expect(runGuarded(job.script, 1, '[]')).not.toBe(0); // the last, readable run fails the job on errors
    expect(runGuarded(job.script, 0, '[]')).toBe(0);
  });

  it('ships in the package with the action', () => {
    expect(manifest.files).toEqual(expect.arrayContaining(['action.yml', 'ci']));
  });
});

describe('docs/ci examples', () => {
  it('use the action and the template at this version, on Node 20 and 22', () => {
    const gh = parse(read('docs', 'ci', 'github-actions.yml')) as { jobs: { check: { strategy: { matrix: { node: number[] } }; steps: Step[] } } };
    const uses = gh.jobs.check.steps.find((s) => s.uses?.startsWith('xinxiang-edu/catalog@'));
    expect(uses?.uses).toBe(`xinxiang-edu/catalog@v${manifest.version}`);
    for (const key of Object.keys(uses?.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
    expect(gh.jobs.check.strategy.matrix.node).toEqual([20, 22]);
    const gl = parse(read('docs', 'ci', 'gitlab-ci.yml')) as {
      include: { remote: string }[];
      catalog: { extends: string; parallel: { matrix: { CATALOG_NODE: string[] }[] } };
    };
    expect(gl.include[0]?.remote).toMatch(new RegExp(`/v${manifest.version.replace(/\./g, '\\.')}/ci/gitlab/catalog\\.gitlab-ci\\.yml$`));
    expect(gl.catalog.extends).toBe('.catalog');
    expect(gl.catalog.parallel.matrix[0]?.CATALOG_NODE).toEqual(['20', '22']);
  });

  it('never accept exit 1 blindly (`|| [ $? -eq 1 ]`)', () => {
    for (const text of [
      read('action.yml'),
      read('ci', 'gitlab', 'catalog.gitlab-ci.yml'),
      read('docs', 'ci', 'github-actions.yml'),
      read('docs', 'ci', 'gitlab-ci.yml'),
    ]) {
      expect(text).not.toMatch(/\|\|\s*\[\s*\$\? -eq 1\s*\]/);
    }
  });

  it('the README explains every CI format, in Chinese then English', () => {
    const readme = read('docs', 'ci', 'README.md');
    const [zh = '', en = ''] = readme.split('<!-- en -->');
    for (const f of ['sarif', 'github', 'gitlab', 'junit']) {
      expect(zh).toContain(`\`${f}\``);
      expect(en).toContain(`\`${f}\``);
    }
  });
});

describe('the CLI entry without lib/', () => {
  it('exits 2, not 1, so no CI step mistakes it for a report with findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-nolib-'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const bin = join(dir, 'catalog.js');
    writeFileSync(bin, read('bin', 'catalog.js'));
    const r = spawnSync(process.execPath, [bin, 'check'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('lib/');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
