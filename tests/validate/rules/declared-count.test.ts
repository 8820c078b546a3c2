/** declared-count: a municipal catalogue's categories/items differ from the counts its issuing document states. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'declared-count';

describe(rule, () => {
  it('reports each declared count that is off, at the count', () => {
    const found = only(checkFixture('rules/declared-count/miscounted.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 9, column: 15 },
      { rule, severity: 'error', line: 10, column: 10 },
    ]);
    expect(found[0]?.message).toBe('声明了 3 个一级事项，实际有 2 个');
    expect(found[1]?.message).toBe('声明了 4 个二级事项，实际有 3 个');
  });

  it('points into a flow mapping when only the item count is off', () => {
    expect(where(only(checkFixture('rules/declared-count/items-only.yaml'), rule))).toEqual([{ rule, severity: 'error', line: 8, column: 34 }]);
  });

  it('is quiet when the counts match', () => {
    expect(only(checkFixture('rules/declared-count/catalogues/minicity/2021.yaml'), rule)).toEqual([]);
  });

  it('is quiet on the shipped baseline (10 categories, 34 items)', () => {
    expect(checkFixture('../../catalogues/xinxiang/2020.yaml')).toEqual([]);
  });
});
