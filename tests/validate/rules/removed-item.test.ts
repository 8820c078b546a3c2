/** removed-item: a baseline item is left out with `remove:` (an error for a county, info for a school). */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'removed-item';

describe(rule, () => {
  it('reports a county removing a baseline item, at the remove entry', () => {
    const found = only(checkFixture('rules/removed-item/removed.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 9, column: 5, target: 'teachers.mandarin' }]);
    expect(found[0]?.message).toContain('“普通话培训测试”（teachers.mandarin）');
  });

  it('is info for a school, which may remove', () => {
    const found = only(checkFixture('rules/removed-item/school.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'info', line: 9, column: 5, target: 'teachers.certification' },
      { rule, severity: 'info', line: 10, column: 5, target: 'teachers.special-post' },
    ]);
    expect(found[0]?.message).toContain('仅作提示');
  });

  it('is quiet when a category is restated with only some of its items (the rest are inherited)', () => {
    expect(only(checkFixture('rules/removed-item/partly-restated.yaml'), rule)).toEqual([]);
  });
});
