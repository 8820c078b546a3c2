/** possible-rename: a removed baseline item reappears as a new item with a near name and the same elements. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'possible-rename';

describe(rule, () => {
  it('names both items at the new one, and the removal is still an error', () => {
    const all = checkFixture('rules/possible-rename/renamed-id.yaml');
    const found = only(all, rule);
    expect(where(found)).toEqual([{ rule, severity: 'warning', line: 13, column: 9, target: 'enrollment.plan' }]);
    expect(found[0]?.message).toContain('“招生计划公布”（demo.enrollment-plan）');
    expect(found[0]?.message).toContain('“招生计划”（enrollment.plan）');
    expect(where(only(all, 'removed-item'))).toEqual([{ rule: 'removed-item', severity: 'error', line: 9, column: 5, target: 'enrollment.plan' }]);
  });

  it('is quiet when the new item is unrelated (a bare removal)', () => {
    const all = checkFixture('rules/possible-rename/unrelated.yaml');
    expect(only(all, rule)).toEqual([]);
    expect(where(all)).toEqual([{ rule: 'removed-item', severity: 'error', line: 9, column: 5, target: 'enrollment.plan' }]);
  });
});
