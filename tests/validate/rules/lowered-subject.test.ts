/** lowered-subject: a county hands a county-level item down to schools or a township (red team round 8, attack 87). */
import { describe, expect, it } from 'vitest';
import { checkFixture, only } from '../../helpers/check.js';

const rule = 'lowered-subject';

describe(rule, () => {
  it('reports 公开主体 moved from the county bureau or inspection body to schools or a township as an error', () => {
    const all = checkFixture('rules/changed-subject/lowered.yaml');
    const found = only(all, rule);
    expect(found.map((d) => [d.severity, d.target])).toEqual([
      ['error', 'enrollment.plan#subject'],
      ['error', 'enrollment.zones#subject'],
      ['error', 'enrollment.results#subject'],
      ['error', 'finance.info#subject'],
      ['error', 'inspection.general#subject'],
    ]);
    expect(found[0]?.message).toBe(
      '事项“招生计划”（enrollment.plan）的公开主体由“县级教育行政部门”改为“各学校”：由县级单位公开的事项改由学校或乡镇、村一级公开，县级不再公开。县级目录只增不减：请写本级教育局（可以加上学校，如“示例县教育局、各学校”）；确有理由请在 deviations 中以 enrollment.plan#subject 声明',
    );
    // The bureau with the schools beside it, the county's inspection office, another county body: changed-subject info only.
    expect(only(all, 'changed-subject').map((d) => [d.severity, d.target])).toEqual([
      ['info', 'enrollment.policy#subject'],
      ['info', 'inspection.balanced#subject'],
      ['info', 'teachers.recruitment#subject'],
    ]);
  });
});
