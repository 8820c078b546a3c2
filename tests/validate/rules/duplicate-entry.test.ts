/** duplicate-entry: the same string twice in one list of an item. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'duplicate-entry';

describe(rule, () => {
  it('reports the second occurrence, also when it differs only cosmetically', () => {
    const found = only(checkFixture('rules/duplicate-entry/repeated.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'warning', line: 15, column: 13, target: 'enrollment.plan#channel' },
      { rule, severity: 'warning', line: 21, column: 13, target: 'enrollment.policy#basis' },
    ]);
    expect(found[0]?.message).toContain('第 13 行已有');
    expect(found[1]?.message).toContain('第 18 行已有');
  });

  it('is quiet for the same text in two lists or two items', () => {
    expect(checkFixture('rules/duplicate-entry/distinct.yaml')).toEqual([]);
  });
});
