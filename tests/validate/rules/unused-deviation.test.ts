/** unused-deviation: a declared deviation matches no finding. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'unused-deviation';

describe(rule, () => {
  it('reports a misspelt target and a field that was not relaxed, at the target', () => {
    const found = only(checkFixture('rules/unused-deviation/typo.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'warning', line: 9, column: 13, target: 'private.supervison' },
      { rule, severity: 'warning', line: 11, column: 13, target: 'enrollment.plan#channel' },
    ]);
    expect(found[0]?.message).toContain('是不是“private.supervision”');
    expect(found[1]?.message).toContain('“enrollment.plan#channel”没有对应任何删减或放宽');
  });

  it('is quiet when every deviation matches what it declares', () => {
    const all = checkFixture('rules/unused-deviation/used.yaml');
    expect(only(all, rule)).toEqual([]);
    expect(where(all)).toEqual([
      { rule: 'deviation', severity: 'warning', line: 11, column: 5, target: 'private.supervision' },
      { rule: 'deviation', severity: 'warning', line: 13, column: 5, target: 'enrollment.plan#channel' },
    ]);
  });
});
