/** moved-item: a baseline item is restated under another category. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'moved-item';

describe(rule, () => {
  it('reports a baseline item under another category, at its id', () => {
    const found = only(checkFixture('rules/moved-item/moved.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 13, column: 13, target: 'enrollment.plan' }]);
    expect(found[0]?.message).toContain('属于基准目录的一级事项“enrollment”，却写在了“students”下');
  });

  it('is quiet for items under their own category and a new item with a similar id', () => {
    expect(only(checkFixture('rules/moved-item/in-place.yaml'), rule)).toEqual([]);
  });
});
