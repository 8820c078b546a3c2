/** removed-basis: a baseline entry of an item's 公开依据 is gone (an error for a county, info for a school). */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'removed-basis';

describe(rule, () => {
  it("reports the missing basis at the list that replaced the baseline's", () => {
    const found = only(checkFixture('rules/removed-basis/dropped.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 13, column: 11, target: 'enrollment.policy#basis' }]);
    expect(found[0]?.message).toContain('缺少基准目录中的“《教育部关于进一步做好小学升入初中免试就近入学工作的实施意见》”');
  });

  it('is info for a school, which may remove', () => {
    const found = only(checkFixture('rules/removed-basis/school.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'info', line: 13, column: 11, target: 'enrollment.policy#basis' }]);
    expect(found[0]?.message).toContain('校务公开目录可自行增减');
  });

  it('is quiet for cosmetic edits: full-width spaces, （） for (), [] for 〔〕, a trailing 。', () => {
    expect(only(checkFixture('rules/removed-basis/cosmetic.yaml'), rule)).toEqual([]);
  });
});
