/** withdrawn-disclosure: new text of a baseline item says, in plain words, that it is not or no longer published. */
import { describe, expect, it } from 'vitest';
import { checkFixture, only, where } from '../../helpers/check.js';
import { withdrawnPhrase } from '../../../src/validate/withdrawn.js';

const rule = 'withdrawn-disclosure';

describe(rule, () => {
  it('reports an added channel or content entry, a note, a changed subject or time limit that withdraws a baseline item: an error for a county', () => {
    const found = only(checkFixture('rules/withdrawn-disclosure/withdrawn.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 12, column: 25, target: 'enrollment.plan#channel' },
      { rule, severity: 'error', line: 13, column: 15, target: 'enrollment.plan#note' },
      { rule, severity: 'error', line: 15, column: 35, target: 'enrollment.zones#content' },
      { rule, severity: 'error', line: 16, column: 18, target: 'enrollment.zones#subject' },
      { rule, severity: 'error', line: 18, column: 20, target: 'enrollment.results#timeLimit' },
    ]);
    expect(found[1]?.message).toBe(
      '事项“招生计划”（enrollment.plan）的备注写有“本年度暂不公开”，其中“暂不公开”表示不公开、暂停或收窄公开，基准目录中没有这样的话。县级目录只增不减：请删去这句话；确有理由请在 deviations 中以 enrollment.plan#note 声明',
    );
  });

  // Each fixture's findings of this rule, as [severity, target], in order.
  it.each<[string, string, [string, string][]]>([
    [
      'reads withdrawals in other words than 不公开 on baseline items: unable, deferred, partly, kept on file (red team)',
      'deferred.yaml',
      [
        ['error', 'enrollment.plan#note'],
        ['error', 'enrollment.policy#note'],
        ['error', 'enrollment.zones#note'],
        ['error', 'enrollment.results#note'],
      ],
    ],
    [
      'reads a note saying a baseline item is absent, taken down or told to the person only (red team round 5)',
      'absent.yaml',
      [
        ['error', 'enrollment.plan#note'],
        ['error', 'enrollment.policy#note'],
        ['error', 'enrollment.zones#note'],
        ['error', 'enrollment.results#note'],
      ],
    ],
    [
      'reads words that make a baseline disclosure discretionary: 原则上, 可以, 一般, 逐步, 尽量, 争取, 适当 公开 (red team round 7)',
      'hedged.yaml',
      [
        ['error', 'enrollment.plan#note'],
        ['error', 'enrollment.zones#note'],
        ['error', 'enrollment.policy#note'],
        ['error', 'enrollment.results#note'],
        ['error', 'enrollment.schools#content'],
        ['error', 'students.status#note'],
        ['error', 'students.aid#note'],
        ['error', 'students.awards#note'],
      ],
    ],
    [
      'reads only part or on request with the verb first: 公开摘要, 公布汇总数据, 公开到乡镇一级, 需书面申请 (red team round 7)',
      'partial-after.yaml',
      [
        ['error', 'enrollment.plan#note'],
        ['error', 'enrollment.zones#note'],
        ['error', 'enrollment.policy#note'],
        ['error', 'enrollment.results#note'],
        ['error', 'enrollment.schools#note'],
        ['error', 'students.status#note'],
        ['error', 'students.aid#note'],
      ],
    ],
    [
      'reads notes that exempt, defer to a condition, take out of scope, leave to discretion or hand down (red team round 8)',
      'exempted.yaml',
      [
        ['error', 'enrollment.plan#note'],
        ['error', 'enrollment.zones#note'],
        ['error', 'enrollment.policy#note'],
        ['error', 'enrollment.results#note'],
        ['error', 'enrollment.schools#note'],
        ['error', 'implementation.migrant#note'],
      ],
    ],
    [
      'reads radicals drawn like ideographs (⺬ for 示, ⻅ for 见) and 対 for 对 as the reader does (red team round 8)',
      'radicals.yaml',
      [
        ['error', 'enrollment.plan#note'],
        ['error', 'enrollment.zones#note'],
        ['error', 'enrollment.policy#note'],
        ['error', 'enrollment.results#note'],
      ],
    ],
    [
      'weighs a new category whose name withdraws baseline items by number or name as an error (red team round 8)',
      'new-category-names-baseline.yaml',
      [
        ['error', 'weihui.extra'],
        ['error', 'weihui.more'],
        ['warning', 'weihui.own'],
      ],
    ],
    [
      'reads a note restating the audience of a baseline item narrower than 全社会 (red team round 5)',
      'audience-note.yaml',
      [
        ['error', 'enrollment.plan#note'],
        ['error', 'enrollment.zones#note'],
        ['error', 'enrollment.policy#note'],
      ],
    ],
  ])('%s', (_title, fixture, expected) => {
    const found = only(checkFixture(`rules/withdrawn-disclosure/${fixture}`), rule);
    expect(found.map((d) => [d.severity, d.target])).toEqual(expected);
  });

  it('reads an added line or note that excludes part of a baseline item (red team round 5: 民办学校除外 passed)', () => {
    const found = only(checkFixture('rules/withdrawn-disclosure/excluded.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 13, column: 30, target: 'enrollment.plan#content' },
      { rule, severity: 'error', line: 15, column: 15, target: 'enrollment.zones#note' },
      { rule, severity: 'error', line: 19, column: 13, target: 'enrollment.results#content' },
    ]);
  });

  it('reads a note that narrows the channels of a baseline item: only one channel, not the website, restated narrower (red team round 7)', () => {
    const found = only(checkFixture('rules/withdrawn-disclosure/channel-note.yaml'), rule);
    expect(found.map((d) => [d.severity, d.target, /其中“(.+?)”/u.exec(d.message)?.[1]])).toEqual([
      ['error', 'enrollment.plan#note', '只通过微信'],
      ['error', 'enrollment.zones#note', '不在政府网站'],
      ['error', 'enrollment.results#note', '渠道:学校公告栏'],
      ['error', 'enrollment.schools#note', '统一通过学校公告栏'],
    ]);
  });

  it('reads the new name of a renamed baseline category (it named none before): an error for a county', () => {
    const found = only(checkFixture('rules/withdrawn-disclosure/renamed-category.yaml'), rule);
    expect(where(found)).toEqual([{ rule, severity: 'error', line: 10, column: 11, target: 'enrollment' }]);
    expect(found[0]?.message).toBe(
      '一级事项“招生管理（本年度暂停公开）”（enrollment）的名称中“暂停”表示不公开、暂停或收窄公开，基准目录中没有这样的话：请删去这句话；确有理由请在 deviations 中以 enrollment 声明',
    );
  });

  it('a renamed baseline category can be declared by its id: a deviation warning, no error', () => {
    const diags = checkFixture('rules/withdrawn-disclosure/declared-category.yaml');
    expect(diags.filter((d) => d.severity === 'error')).toEqual([]);
    expect(where(diags.filter((d) => d.rule === 'deviation'))).toEqual([{ rule: 'deviation', severity: 'warning', line: 12, column: 5, target: 'enrollment' }]);
    expect(diags.find((d) => d.rule === 'deviation')?.message).toContain('withdrawn-disclosure');
    expect(only(diags, 'unused-deviation')).toEqual([]);
  });

  it('is an error on the title and document information of a county catalogue (not declarable: no target)', () => {
    const found = only(checkFixture('rules/withdrawn-disclosure/catalogue.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'error', line: 6, column: 8 },
      { rule, severity: 'error', line: 11, column: 16 },
    ]);
    expect(found[1]?.message).toBe(
      '目录的主送机关写有“各乡镇中心校（仅限内部传阅）”，其中“仅限”表示整个目录不公开、暂停或收窄公开，基准目录中没有这样的话：请删去这句话（这一条不能声明为偏离）',
    );
  });

  it("stays a warning on the county's own new items and categories: they withdraw nothing municipal", () => {
    const found = only(checkFixture('rules/withdrawn-disclosure/added.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'warning', line: 21, column: 15, target: 'enrollment.transfer#note' },
      { rule, severity: 'warning', line: 23, column: 11, target: 'local' },
    ]);
  });

  it('is an error on a new item whose words withdraw baseline items by name, by number or as 上述事项', () => {
    const found = only(checkFixture('rules/withdrawn-disclosure/added-names-baseline.yaml'), rule);
    expect(found.map((d) => [d.target, d.severity])).toEqual([
      ['local.by-name#content', 'error'],
      ['local.by-number#content', 'error'],
      ['local.above#content', 'error'],
      ['local.above#content', 'error'],
    ]);
  });

  it('a school may remove: info on a baseline item, a warning on its title, never an error', () => {
    const found = only(checkFixture('rules/withdrawn-disclosure/school.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'warning', line: 5, column: 8 },
      { rule, severity: 'info', line: 12, column: 15, target: 'enrollment.plan#note' },
    ]);
  });

  it('is quiet for added text that does not withdraw', () => {
    expect(only(checkFixture('rules/withdrawn-disclosure/kept.yaml'), rule)).toEqual([]);
  });

  it('can be declared: a deviation warning instead of the error, and no unused-deviation', () => {
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
