/** removed-content: a baseline entry of an item's 公开内容 is gone (an error for a county, info for a school). */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'removed-content';

describe(rule, () => {
  it('reports a content list without a baseline entry', () => {
    const found = only(checkFixture('rules/removed-content/dropped.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 13, column: 11, target: 'enrollment.policy#content' }]);
    expect(found[0]?.message).toContain('“随迁子女入学办法”');
  });

  it('is info for a school, which may remove', () => {
    expect(where(only(checkFixture('rules/removed-content/school.yaml'), rule))).toEqual([
      { rule, severity: 'info', line: 13, column: 11, target: 'enrollment.policy#content' },
    ]);
  });

  it('is quiet for a list that adds and reorders', () => {
    expect(checkFixture('rules/removed-content/added.yaml')).toEqual([]);
  });
});
