/** uncomparable-time-limit: the time limit changed and cannot be compared with the baseline's (spec §4). */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'uncomparable-time-limit';

describe(rule, () => {
  it("warns for 按年公开 and more calendar days than the baseline's working days; 及时公开 names no time: extended (red team round 7)", () => {
    const all = checkFixture('rules/uncomparable-time-limit/yearly.yaml');
    const found = only(all, rule);
    expect(where(found)).toEqual([
      { rule, severity: 'warning', line: 13, column: 20, target: 'policy.law#timeLimit' },
      { rule, severity: 'warning', line: 19, column: 20, target: 'enrollment.zones#timeLimit' },
    ]);
    expect(where(only(all, 'extended-time-limit'))).toEqual([
      { rule: 'extended-time-limit', severity: 'error', line: 17, column: 20, target: 'enrollment.plan#timeLimit' },
    ]);
    expect(found[0]?.message).toContain('“按年公开”无法与基准目录的“信息形成或者变更之日起20个工作日内”比较长短');
  });

  it('warns for a periodic limit replacing a duration', () => {
    expect(where(only(checkFixture('rules/extended-time-limit/periodic-county.yaml'), rule))).toEqual([
      { rule, severity: 'warning', line: 13, column: 20, target: 'policy.law#timeLimit' },
    ]);
  });

  it('is quiet for limits that compare (or are the same written otherwise)', () => {
    expect(only(checkFixture('rules/uncomparable-time-limit/comparable.yaml'), rule)).toEqual([]);
  });
});
