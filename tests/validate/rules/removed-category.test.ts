/** removed-category: a baseline category is left out with `remove:` (an error for a county, info for a school). */
import { describe, expect, it } from 'vitest';
import { checkFixture, where } from '../../helpers/check.js';

const rule = 'removed-category';

describe(rule, () => {
  it('reports a county removing a baseline category, at the remove entry (flow list)', () => {
    const all = checkFixture('rules/removed-category/removed.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 8, column: 10, target: 'private' }]);
    expect(all[0]?.message).toContain('“民办学校”（private）及其 3 个二级事项');
  });

  it('is info for a school, which may remove', () => {
    const all = checkFixture('rules/removed-category/school.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'info', line: 9, column: 5, target: 'private' }]);
    expect(all[0]?.message).toContain('仅作提示');
  });

  it('is quiet for a category restated without items (they are inherited)', () => {
    expect(checkFixture('rules/removed-category/empty-restated.yaml')).toEqual([]);
  });
});
