/** withdrawn-disclosure: new text of a baseline item says, in plain words, that it is not or no longer published. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';
import { withdrawnPhrase } from '../../../src/validate/withdrawn.js';

const rule = 'withdrawn-disclosure';

describe(rule, () => {
  it('reports an added channel or content entry, a note, a changed subject or time limit that withdraws', () => {
    const found = only(checkFixture('rules/withdrawn-disclosure/withdrawn.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'warning', line: 12, column: 25, target: 'enrollment.plan#channel' },
      { rule, severity: 'warning', line: 13, column: 15, target: 'enrollment.plan#note' },
      { rule, severity: 'warning', line: 15, column: 35, target: 'enrollment.zones#content' },
      { rule, severity: 'warning', line: 16, column: 18, target: 'enrollment.zones#subject' },
      { rule, severity: 'warning', line: 18, column: 20, target: 'enrollment.results#timeLimit' },
    ]);
    expect(found[1]?.message).toBe(
      '事项“招生计划”（enrollment.plan）的备注写有“本年度暂不公开”，其中“暂不公开”表示不公开、暂停或收窄公开，基准目录中没有这样的话。县级目录只增不减：请删去这句话；确有理由请在 deviations 中以 enrollment.plan#note 声明',
    );
  });

  it('reads the new name of a renamed baseline category (it named none before)', () => {
    const found = only(checkFixture('rules/withdrawn-disclosure/renamed-category.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'warning', line: 10, column: 11, target: 'enrollment' }]);
    expect(found[0]?.message).toBe(
      '一级事项“招生管理（本年度暂停公开）”（enrollment）的名称中“暂停”表示不公开、暂停或收窄公开，基准目录中没有这样的话：请删去这句话',
    );
  });

  it('is quiet for added text that does not withdraw', () => {
    expect(only(checkFixture('rules/withdrawn-disclosure/kept.yaml'), rule)).toEqual([]);
  });

  it('can be declared: a deviation warning instead, and no unused-deviation', () => {
    const diags = checkFixture('rules/withdrawn-disclosure/declared.yaml');
    expect(diags.map((d) => d.rule)).toEqual(['deviation']);
    expect(diags[0]?.message).toContain('withdrawn-disclosure');
  });

  it.each([
    ['不公开', '不公开'],
    ['暂不公开', '暂不公开'],
    ['不予公开', '不予公开'],
    ['暂停更新', '暂停'],
    ['停止公开', '停止'],
    ['仅向本校家长提供', '仅向'],
    ['仅限本校教职工查阅', '仅限'],
    ['不再单独发布', '不再'],
    ['内部传阅', '内部'],
    ['涉密文件除外', '涉密'],
    ['只对在校学生公布', '只对'],
    ['不对外提供', '不对外'],
    ['暂　不　公　开', '暂不公开'],
  ])('finds %s', (text, phrase) => expect(withdrawnPhrase(text)).toBe(phrase));

  it.each(['政府网站', '学校公告栏', '各校本年度招生计划', '招生结果(不含个人隐私信息)', '公开查阅点', '县级教育行政部门'])('leaves %s alone', (text) => {
    expect(withdrawnPhrase(text)).toBeUndefined();
  });
});
