/** required-field: a resolved item lacks one of the nine elements or has it empty (or a new category lacks its name). */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'required-field';

describe(rule, () => {
  it('reports a new item without a basis, at the item', () => {
    const found = only(checkFixture('rules/required-field/missing-basis.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 11, column: 9, target: 'demo.registration#basis' }]);
    expect(found[0]?.message).toContain('缺少“公开依据”（basis）');
  });

  it('leaves an empty content list to the schema stage, which names the item and what to write', () => {
    // Was a required-field finding at 13:18; an empty list is now refused as written, before resolving (issue 12).
    const all = checkFixture('rules/required-field/empty-content.yaml');
    expect(where(all)).toEqual([{ rule: 'schema', severity: 'error', line: 13, column: 18 }]);
    expect(all[0]?.message).toContain('事项“demo.registration”的公开内容（content）是空的');
  });

  it('reports a new category without a name at the category', () => {
    const found = only(checkFixture('rules/required-field/category-without-name.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 21, column: 5, target: 'demo.after-school' }]);
    expect(found[0]?.message).toContain('类别“demo.after-school”缺少“一级事项名称”（name）');
  });

  it('reports a misspelt baseline id once, suggesting the baseline item', () => {
    const found = only(checkFixture('rules/required-field/typo-id.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 11, column: 13, target: 'enrollment.plna' }]);
    expect(found[0]?.message).toContain('是不是想修改基准事项“enrollment.plan”');
  });

  it('is quiet for an overlay that inherits the rest, and for single strings where lists are allowed', () => {
    expect(only(checkFixture('rules/required-field/complete.yaml'), rule)).toEqual([]);
  });
});
