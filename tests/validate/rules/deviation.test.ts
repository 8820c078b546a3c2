/** deviation: an error declared in `deviations:` with a reason becomes a warning — reported, never hidden. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'deviation';

describe(rule, () => {
  it('turns declared removals into warnings at the declaration (a category covers its items)', () => {
    const all = checkFixture('rules/deviation/declared.yaml');
    const found = only(all, rule);
    expect(where(found)).toEqual([
      { rule, severity: 'warning', line: 12, column: 5, target: 'private.supervision' },
      { rule, severity: 'warning', line: 15, column: 5, target: 'teachers.mandarin' },
      { rule, severity: 'warning', line: 17, column: 5, target: 'enrollment.plan#channel' },
    ]);
    expect(found[0]?.message).toContain('（removed-item），理由：本县无民办义务教育学校');
    expect(found[0]?.message).toContain('依据：新教〔2020〕88号');
    expect(found[2]?.message).toContain('（removed-channel）');
    expect(all.filter((d) => d.severity === 'error')).toEqual([]);
    expect(only(all, 'unused-deviation')).toEqual([]);
  });

  it('cannot excuse an error that is not declarable (moved-item): the error stays, the deviation is unused', () => {
    const all = checkFixture('rules/deviation/not-declarable.yaml');
    expect(only(all, rule)).toEqual([]);
    expect(where(only(all, 'moved-item'))).toEqual([{ rule: 'moved-item', severity: 'error', line: 14, column: 13, target: 'enrollment.plan' }]);
    expect(where(only(all, 'unused-deviation'))).toEqual([{ rule: 'unused-deviation', severity: 'warning', line: 9, column: 13, target: 'enrollment.plan' }]);
  });

  it('does not apply to a school removal, which is info already', () => {
    const all = checkFixture('rules/deviation/school-removal.yaml');
    expect(only(all, rule)).toEqual([]);
    expect(where(only(all, 'removed-category'))).toEqual([{ rule: 'removed-category', severity: 'info', line: 9, column: 5, target: 'private' }]);
    expect(where(only(all, 'unused-deviation'))).toEqual([{ rule: 'unused-deviation', severity: 'warning', line: 11, column: 13, target: 'private' }]);
  });
});
