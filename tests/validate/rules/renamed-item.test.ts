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

  it("is an error for a county when the new name is another item's, or a new item takes the old name (red team round 5)", () => {
    const found = only(checkFixture('rules/renamed-item/taken.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 13, column: 15, target: 'enrollment.plan#name' }]);
    expect(found[0]?.message).toContain('改成了另一个二级事项（enrollment.zones）的名称“招生范围”');
    const swapped = only(checkFixture('rules/renamed-item/swapped.yaml'), rule);
    expect(where(swapped)).toEqual([
      { rule, severity: 'error', line: 12, column: 15, target: 'enrollment.plan#name' },
      { rule, severity: 'error', line: 14, column: 15, target: 'enrollment.zones#name' },
    ]);
  });

  it("names the item that took the old name when the new name is no other item's", () => {
    const found = only(checkFixture('rules/renamed-item/renamed-taken.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 12, column: 15, target: 'enrollment.plan#name' }]);
    expect(found[0]?.message).toContain('“招生计划”这个名称给了二级事项 demo.plan');
  });

  it("is an error for a county's new item named like a baseline item it keeps (red team round 5)", () => {
    const found = only(checkFixture('rules/renamed-item/same-name-added.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 12, column: 15, target: 'demo.plan#name' }]);
    expect(found[0]?.message).toContain('与基准目录的二级事项 enrollment.plan 同名');
  });

  it('reports a new item named like a baseline item the county removed, even declared, as an error (red team round 8, attack 90)', () => {
    const all = checkFixture('rules/renamed-item/removed-same-name.yaml');
    const found = only(all, rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 18, column: 15, target: 'weihui.plan#name' }]);
    expect(found[0]?.message).toBe(
      '新增的二级事项 weihui.plan 与删减的基准事项 enrollment.plan 同名（“招生计划”）：读者看到的“招生计划”已不是市级事项，它的各要素也不再与市级目录比较。请沿用编号 enrollment.plan、去掉删减（改动的要素按只增不减检查），或给新增事项另起名称',
    );
  });

  it('is quiet for the baseline name with a full-width space or a trailing 。', () => {
    expect(checkFixture('rules/renamed-item/cosmetic.yaml')).toEqual([]);
  });
});
