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

  it('is quiet for a category restated with its own name or none', () => {
    expect(only(checkFixture('rules/renamed-category/same-name.yaml'), rule)).toEqual([]);
  });
});
