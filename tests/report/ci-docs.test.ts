import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FORMATTERS } from '../../src/report/index.js';
import { repoRoot } from '../helpers/check.js';

const read = (name: string): string => readFileSync(join(repoRoot, 'docs', 'ci', name), 'utf8');

describe('docs/ci examples', () => {
  it('are valid YAML and only use formats the tool has', () => {
    for (const name of ['github-actions.yml', 'gitlab-ci.yml']) {
      const text = read(name);
      expect(() => parse(text) as unknown, name).not.toThrow();
      for (const [, format] of text.matchAll(/--format (\w+)/g)) expect(Object.keys(FORMATTERS), name).toContain(format);
    }
  });

  it('the GitHub workflow uploads SARIF and the GitLab job declares both reports', () => {
    const gh = parse(read('github-actions.yml')) as { jobs: { check: { steps: { uses?: string; run?: string }[] } } };
    const steps = gh.jobs.check.steps;
    expect(steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    expect(steps.some((s) => s.run === 'npx catalog check --format github')).toBe(true);
    const gl = parse(read('gitlab-ci.yml')) as { catalog: { artifacts: { reports: Record<string, string> } } };
    expect(Object.keys(gl.catalog.artifacts.reports).sort()).toEqual(['codequality', 'junit']);
  });

  it('the README explains every CI format, in Chinese then English', () => {
    const readme = read('README.md');
    const [zh = '', en = ''] = readme.split('<!-- en -->');
    for (const f of ['sarif', 'github', 'gitlab', 'junit']) {
      expect(zh).toContain(`\`${f}\``);
      expect(en).toContain(`\`${f}\``);
    }
  });
});
