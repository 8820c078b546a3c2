/** renamed-item: a baseline item got another name. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';

const rule = 'renamed-item';

describe(rule, () => {
  it('reports another name, at the name', () => {
    const found = only(checkFixture('rules/renamed-item/renamed.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'warning', line: 12, column: 15, target: 'enrollment.plan#name' }]);
    expect(found[0]?.message).toContain('叫“招生计划”，这里改成了“年度招生计划公示”');
  });

  it('is quiet for the baseline name with a full-width space or a trailing 。', () => {
    expect(checkFixture('rules/renamed-item/cosmetic.yaml')).toEqual([]);
  });
});
