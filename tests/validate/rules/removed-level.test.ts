/** removed-level: a baseline entry of an item's 公开层级 is gone (an error for a county, info for a school). */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'removed-level';

describe(rule, () => {
  it('reports 乡级 dropped, with the level written as a single value', () => {
    const found = only(checkFixture('rules/removed-level/dropped.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 12, column: 16, target: 'finance.info#level' }]);
    expect(found[0]?.message).toContain('“乡级”');
  });

  it('is info for a school, which may remove', () => {
    expect(where(only(checkFixture('rules/removed-level/school.yaml'), rule))).toEqual([
      { rule, severity: 'info', line: 12, column: 16, target: 'finance.info#level' },
    ]);
  });

  it('is quiet for levels that only add or restate', () => {
    expect(checkFixture('rules/removed-level/added.yaml')).toEqual([]);
  });
});
