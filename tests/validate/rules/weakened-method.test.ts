/** weakened-method: 主动 was dropped from an item's 公开方式 that had it. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'weakened-method';

describe(rule, () => {
  it('reports 主动 dropped, written as a single value or a list', () => {
    const found = only(checkFixture('rules/weakened-method/weakened.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 12, column: 17, target: 'enrollment.plan#method' },
      { rule, severity: 'error', line: 14, column: 17, target: 'enrollment.results#method' },
    ]);
    expect(found[1]?.message).toContain('招生结果');
  });

  it('is quiet when 依申请 is added beside 主动', () => {
    expect(checkFixture('rules/weakened-method/kept.yaml')).toEqual([]);
  });
});
