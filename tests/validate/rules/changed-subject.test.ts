/** changed-subject: 公开主体 differs from the baseline's — info, since a county naming its own bureau is expected. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'changed-subject';

describe(rule, () => {
  it('reports a county naming its own bureau, as info', () => {
    const found = only(checkFixture('rules/changed-subject/own-bureau.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'info', line: 12, column: 18, target: 'enrollment.plan#subject' }]);
    expect(found[0]?.message).toContain('由“县级教育行政部门”改为“示例县教育局”');
  });

  it('is quiet when the subject is restated as written or with a full-width space', () => {
    expect(checkFixture('rules/changed-subject/restated.yaml')).toEqual([]);
  });
});
