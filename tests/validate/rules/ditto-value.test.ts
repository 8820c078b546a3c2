/** ditto-value: a value is 同上/同左 or similar instead of the real text. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'ditto-value';

describe(rule, () => {
  it('reports 同上 in a list and as a whole value, and 〃, at the value', () => {
    const found = only(checkFixture('rules/ditto-value/ditto.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 15, column: 13, target: 'demo.registration#content' },
      { rule, severity: 'error', line: 16, column: 16, target: 'demo.registration#basis' },
      { rule, severity: 'error', line: 18, column: 18, target: 'demo.registration#subject' },
    ]);
    expect(found[1]?.message).toContain('basis 写成了“同上”');
  });

  it('is quiet for values that merely contain 同上', () => {
    expect(checkFixture('rules/ditto-value/written-out.yaml')).toEqual([]);
  });
});
