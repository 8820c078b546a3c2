/** unknown-baseline: `extends` cannot be resolved (missing, a folder, a cycle). */
import { describe, expect, it } from 'vitest';
import { checkFixture, where } from '../../helpers/check.js';

const rule = 'unknown-baseline';
const atExtends = [{ rule, severity: 'error', line: 7, column: 10 }];

describe(rule, () => {
  it('reports a NAME@VERSION that no catalogues/ folder has, saying where it looked', () => {
    const all = checkFixture('rules/unknown-baseline/missing-version.yaml');
    expect(where(all)).toEqual(atExtends);
    expect(all[0]?.message).toContain('找不到基准目录“xinxiang@2019”');
    expect(all[0]?.message).toContain('tests/fixtures/rules/unknown-baseline/catalogues/xinxiang/2019.yaml');
  });

  it('reports a path to a folder', () => {
    const all = checkFixture('rules/unknown-baseline/directory.yaml');
    expect(where(all)).toEqual(atExtends);
    expect(all[0]?.message).toContain('是一个文件夹，不是目录文件');
  });

  it('reports a catalogue that extends itself', () => {
    const all = checkFixture('rules/unknown-baseline/self-reference.yaml');
    expect(where(all)).toEqual(atExtends);
    expect(all[0]?.message).toContain(
      '继承关系形成了循环：tests/fixtures/rules/unknown-baseline/self-reference.yaml → tests/fixtures/rules/unknown-baseline/self-reference.yaml',
    );
  });

  it('reports a two-file cycle from either end', () => {
    const a = checkFixture('rules/unknown-baseline/cycle-a.yaml');
    expect(where(a)).toEqual(atExtends);
    expect(a[0]?.message).toContain('cycle-a.yaml → tests/fixtures/rules/unknown-baseline/cycle-b.yaml → tests/fixtures/rules/unknown-baseline/cycle-a.yaml');
    expect(where(checkFixture('rules/unknown-baseline/cycle-b.yaml'))).toEqual(atExtends);
  });

  it('reports a --baseline override that does not exist', () => {
    const all = checkFixture('rules/unknown-baseline/by-reference.yaml', { baselineOverride: 'catalogues/xinxiang/2019.yaml' });
    expect(where(all)).toEqual(atExtends);
  });

  it('finds the baseline by NAME@VERSION, by relative path, and through --baseline', () => {
    expect(checkFixture('rules/unknown-baseline/by-reference.yaml')).toEqual([]);
    expect(checkFixture('rules/unknown-baseline/by-path.yaml')).toEqual([]);
    expect(checkFixture('rules/unknown-baseline/missing-version.yaml', { baselineOverride: 'catalogues/xinxiang/2020.yaml' })).toEqual([]);
  });
});
