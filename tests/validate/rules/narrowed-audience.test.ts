/** narrowed-audience: 全社会 was dropped from an item's 公开对象 that had it. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'narrowed-audience';

describe(rule, () => {
  it('reports 全社会 dropped, written as a list or a single value', () => {
    const found = only(checkFixture('rules/narrowed-audience/narrowed.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 12, column: 19, target: 'enrollment.plan#audience' },
      { rule, severity: 'error', line: 14, column: 19, target: 'enrollment.results#audience' },
    ]);
    expect(found[0]?.message).toContain('招生计划');
  });

  it('is quiet when 特定群体 is added, or dropped from an item that also had 全社会', () => {
    expect(checkFixture('rules/narrowed-audience/widened.yaml')).toEqual([]);
  });
});
