/** duplicate-id: two categories or two items share an id. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'duplicate-id';

describe(rule, () => {
  it('reports the second item and the second category with an id, at the id', () => {
    const found = only(checkFixture('rules/duplicate-id/twice.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 21, column: 13, target: 'demo.registration' },
      { rule, severity: 'error', line: 44, column: 9, target: 'demo.after-school' },
    ]);
    expect(found[0]?.message).toContain('第 11 行已用过');
    expect(found[1]?.message).toContain('第 31 行已用过');
  });

  it('is quiet when a category and an item share an id, and for one restated baseline item', () => {
    expect(only(checkFixture('rules/duplicate-id/distinct.yaml'), rule)).toEqual([]);
  });
});
