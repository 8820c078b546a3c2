import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/model/index.js';
import { formatGitlab } from '../../src/report/gitlab.js';
import { fixturesDir } from '../helpers/check.js';
import { checkReportFixture, goldenContext, reportResults } from './results.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const issues = (results: readonly FileResult[]): Issue[] => JSON.parse(formatGitlab(results, goldenContext())) as Issue[];

describe('formatGitlab', () => {
  it('gives one Code Quality issue per diagnostic, with GitLab severities and relative paths', () => {
    const list = issues(reportResults());
    expect(list).toHaveLength(6);
    expect(new Set(list.map((i) => i.severity))).toEqual(new Set(['major', 'minor', 'info']));
    for (const i of list) {
      expect(i.location.path).toBe('tests/fixtures/report/findings.yaml');
      expect(i.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(issues([])).toEqual([]);
  });

  it('fingerprints are unique, and unchanged when lines are inserted above the findings', () => {
    const before = issues([checkReportFixture('findings.yaml')]);
    expect(new Set(before.map((i) => i.fingerprint)).size).toBe(before.length);
    const text = readFileSync(join(fixturesDir, 'report', 'findings.yaml'), 'utf8');
    const moved = issues([checkReportFixture('findings.yaml', 'zh', `# 新增的注释\n# 又一行\n${text}`)]);
    expect(moved.map((i) => i.location.lines.begin)).toEqual(before.map((i) => i.location.lines.begin + 2));
    expect(moved.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
  });

  it('tells identical findings apart by occurrence, not by line', () => {
    const d = { rule: 'schema', severity: 'error' as const, message: '同一条消息', file: 'x.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };
    const list = issues([{ file: 'x.yaml', ok: false, diagnostics: [d, { ...d, line: 9 }] }]);
    expect(list[0]!.fingerprint).not.toBe(list[1]!.fingerprint);
    const shifted = issues([
      {
        file: 'x.yaml',
        ok: false,
        diagnostics: [
          { ...d, line: 5 },
          { ...d, line: 20 },
        ],
      },
    ]);
    expect(shifted.map((i) => i.fingerprint)).toEqual(list.map((i) => i.fingerprint));
  });
});
