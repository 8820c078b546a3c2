/** renamed-category: a baseline category got another name. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'renamed-category';

describe(rule, () => {
  it('reports another name, at the name', () => {
    const found = only(checkFixture('rules/renamed-category/renamed.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'warning', line: 10, column: 11, target: 'enrollment' }]);
    expect(found[0]?.message).toContain('叫“招生管理”，这里改成了“招生入学”');
  });

  it('is an error for a county when two baseline categories swap names (red team round 5)', () => {
    const found = only(checkFixture('rules/renamed-category/swapped.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 11, column: 11, target: 'enrollment' },
      { rule, severity: 'error', line: 13, column: 11, target: 'private' },
    ]);
    expect(found[0]?.message).toContain('而“招生管理”这个名称给了一级事项 private');
    const doubled = only(checkFixture('rules/renamed-category/doubled.yaml'), rule);
    expect(where(doubled)).toEqual([{ rule, severity: 'error', line: 10, column: 11, target: 'enrollment' }]);
    expect(doubled[0]?.message).toContain('改成了另一个一级事项（private）的名称“民办学校”');
  });

  it('is an error for a county adding a category named like a baseline one, kept or removed (red team round 8, attack 91)', () => {
    const found = only(checkFixture('rules/renamed-category/new-same-name.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 16, column: 11, target: 'weihui.enrollment' },
      { rule, severity: 'error', line: 29, column: 11, target: 'weihui.safety' },
    ]);
    expect(found[1]?.message).toBe(
      '新增的一级事项 weihui.safety 与删减的基准一级事项 safety 同名（“校园安全”）：读者看到的“校园安全”已不是市级一级事项，它的二级事项也不再与市级目录比较。请沿用编号 safety、去掉删减，或给新增一级事项另起名称',
    );
  });

  it('is quiet for a category restated with its own name or none', () => {
    expect(only(checkFixture('rules/renamed-category/same-name.yaml'), rule)).toEqual([]);
  });
});
