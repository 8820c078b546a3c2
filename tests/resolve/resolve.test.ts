import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import { sha256Hex } from '../../src/load/load.js';
import { repoRoot } from '../helpers/cli.js';

const baselinePath = join(repoRoot, 'catalogues/xinxiang/2020.yaml');
const HEAD = 'kind: county\nregion: 示例县\ntitle: 示例县目录\nissuer: 示例县教育局\n';

function checkText(dir: string, name: string, text: string, baselineOverride?: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return checkSource(path, readFileSync(path), fsHost(dir), { lang: 'zh', ...(baselineOverride ? { baselineOverride } : {}) });
}

describe('resolveSource', () => {
  it('an empty overlay resolves to the baseline, recording its id, version and SHA-256', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resolve-'));
    const c = checkText(dir, 'demo.yaml', `id: demo\n${HEAD}extends: xinxiang@2020\n`);
    const base = checkSource(baselinePath, readFileSync(baselinePath), fsHost(repoRoot), { lang: 'zh' });
    expect(c.result.ok).toBe(true);
    expect(c.resolved?.categories).toEqual(base.resolved?.categories);
    expect(c.resolved?.baseline).toEqual({
      id: 'xinxiang',
      version: '2020',
      sha256: sha256Hex(readFileSync(baselinePath)),
      file: 'shipped:xinxiang/2020.yaml',
    });
  });

  it('takes NAME@VERSION from the nearest catalogues/ folder when the tool ships no such version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resolve-'));
    mkdirSync(join(dir, 'catalogues/xinxiang'), { recursive: true });
    const local = readFileSync(baselinePath, 'utf8').replace('name: 教育法律', 'name: 教育法律法规').replace('version: "2020"', 'version: "2031"');
    writeFileSync(join(dir, 'catalogues/xinxiang/2031.yaml'), local);
    const c = checkText(join(dir, 'catalogues'), 'demo.yaml', `id: demo\n${HEAD}extends: xinxiang@2031\n`);
    expect(c.resolved?.baseline?.file).toBe('xinxiang/2031.yaml');
    expect(c.resolved?.categories[0]?.items[0]?.name).toBe('教育法律法规');
  });

  it('passes over a local copy of a shipped baseline that differs from it, resolving against the shipped one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resolve-'));
    mkdirSync(join(dir, 'catalogues/xinxiang'), { recursive: true });
    const local = readFileSync(baselinePath, 'utf8').replace('name: 教育法律', 'name: 教育法律法规');
    writeFileSync(join(dir, 'catalogues/xinxiang/2020.yaml'), local);
    const c = checkText(join(dir, 'catalogues'), 'demo.yaml', `id: demo\n${HEAD}extends: xinxiang@2020\n`);
    expect(c.resolved?.baseline?.file).toBe('shipped:xinxiang/2020.yaml');
    expect(c.resolved?.categories[0]?.items[0]?.name).toBe('教育法律');
    expect(c.result.diagnostics.map((d) => d.rule)).toEqual(['modified-baseline']);
  });

  it('overlays given fields, appends new items and categories, and leaves out removed entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resolve-'));
    const c = checkText(
      dir,
      'demo.yaml',
      `id: demo\n${HEAD}extends: xinxiang@2020
remove: [private.supervision]
deviations: [{target: private.supervision, reason: 无民办学校}]
categories:
  - id: enrollment
    items:
      - id: enrollment.plan
        subject: 示例县教育局
      - id: demo.extra
        name: 新增事项
        content: 内容
        basis: [依据]
        timeLimit: 实时公开
        subject: 示例县教育局
        channel: [政府网站]
        audience: 全社会
        method: 主动
        level: 县级
  - id: demo.new
    name: 新类别
    items:
      - {id: demo.new.a, name: 甲, content: [甲], basis: [乙], timeLimit: 实时公开, subject: 丙, channel: [政府网站], audience: [全社会], method: [主动], level: [县级]}
`,
      baselinePath,
    );
    expect(c.result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const cats = c.resolved?.categories ?? [];
    expect(cats.map((x) => x.id).slice(-2)).toEqual(['safety', 'demo.new']);
    const enrollment = cats.find((x) => x.id === 'enrollment');
    expect(enrollment?.items.map((i) => i.id).at(-1)).toBe('demo.extra');
    expect(enrollment?.items.find((i) => i.id === 'enrollment.plan')?.subject).toBe('示例县教育局');
    expect(enrollment?.items.find((i) => i.id === 'demo.extra')?.content).toEqual(['内容']);
    expect(cats.find((x) => x.id === 'private')?.items.map((i) => i.id)).toEqual(['private.basic', 'private.licensing']);
    expect(c.result.counts).toEqual({ categories: 11, items: 35, added: 2 });
  });

  it('a cycle (school → county → school) is unknown-baseline, not a hang', () => {
    const dir = mkdtempSync(join(tmpdir(), 'resolve-'));
    writeFileSync(join(dir, 'county.yaml'), `id: county\n${HEAD}extends: ./school.yaml\n`);
    const c = checkText(
      dir,
      'school.yaml',
      `id: school\nkind: school\nregion: 示例学校\ntitle: 示例学校校务公开目录\nissuer: 示例学校\nextends: ./county.yaml\n`,
    );
    expect(c.result.diagnostics).toMatchObject([{ rule: 'unknown-baseline', line: 6 }]);
    expect(c.result.diagnostics[0]?.message).toContain('循环');
  });
});
