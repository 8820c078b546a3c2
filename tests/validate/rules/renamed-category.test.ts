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

  it('is quiet for a category restated with its own name or none', () => {
    expect(only(checkFixture('rules/renamed-category/same-name.yaml'), rule)).toEqual([]);
  });
});
