/** schema: a JSON Schema violation (unknown key, bad enum value, wrong type) or an unknown id in remove:. */
import { describe, expect, it } from 'vitest';
import { checkFixture, where } from '../../helpers/check.js';

const rule = 'schema';

describe(rule, () => {
  it('reports an unknown key at the key, with a did-you-mean suggestion', () => {
    const all = checkFixture('rules/schema/unknown-key.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 12, column: 9 }]);
    expect(all[0]?.message).toContain('未知的键“timelimit”，是不是“timeLimit”？');
  });

  it('suggests the key in English too', () => {
    const all = checkFixture('rules/schema/unknown-key.yaml', { lang: 'en' });
    expect(all[0]?.message).toContain('Unknown key "timelimit"; did you mean "timeLimit"?');
  });

  it('reports a level outside the enum at the value, with the nearest allowed one', () => {
    const all = checkFixture('rules/schema/bad-level.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 12, column: 21 }]);
    expect(all[0]?.message).toContain('“乡镇级”不是可选的值，是不是“乡级”？');
  });

  it('reports a numeric time limit at the number', () => {
    const all = checkFixture('rules/schema/numeric-time-limit.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 12, column: 20 }]);
    expect(all[0]?.message).toBe('这里应当是文本');
  });

  it('reports an id in remove: that the baseline does not have, with a suggestion', () => {
    const all = checkFixture('rules/schema/unknown-remove.yaml').filter((d) => d.rule === rule);
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 10, column: 5 }]);
    expect(all[0]?.message).toContain('“private.supervison”不是基准目录中的事项或类别，是不是“private.supervision”？');
  });

  it('tells how to write a date given in Chinese, with the corrected spelling', () => {
    const all = checkFixture('rules/schema/chinese-date.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 9, column: 9 }]);
    expect(all[0]?.message).toBe('成文日期“2020年10月28日”的写法不对：写成 2020-10-28（四位年-两位月-两位日）');
  });

  it('refuses a date that is not in the calendar (2021-02-29, month 13)', () => {
    expect(checkFixture('rules/schema/impossible-date.yaml').map((d) => d.message)).toEqual([
      '成文日期“2021-02-29”不存在：2021年2月只有 28 天。请核对成文日期',
    ]);
    expect(checkFixture('rules/schema/month-13.yaml').map((d) => d.message)).toEqual([
      '成文日期“2020-13-01”不存在：月份是 1 到 12，没有 13 月。写成 年-月-日，如 2020-10-28',
    ]);
  });

  it('tells how extends is written, in both languages', () => {
    const all = checkFixture('rules/schema/bad-extends.yaml');
    expect(where(all)).toEqual([{ rule, severity: 'error', line: 7, column: 10 }]);
    expect(all[0]?.message).toContain('“新乡市2020版”不是上级目录的写法：写成 名称@版本，如 xinxiang@2020');
    expect(checkFixture('rules/schema/bad-extends.yaml', { lang: 'en' })[0]?.message).toContain('write NAME@VERSION, e.g. xinxiang@2020');
  });

  it('names each empty element, whose it is and what it should hold', () => {
    const all = checkFixture('rules/schema/empty-fields.yaml');
    expect(where(all).map((w) => w.line)).toEqual([12, 13, 14, 15]);
    expect(all.map((d) => d.message)).toEqual([
      '事项“enrollment.plan”的名称（name）是空的：写明名称，如 招生计划。只改其他要素时，不写这一行就沿用上级目录的值',
      '事项“enrollment.plan”的公开内容（content）是空的：写明公开哪些信息，如 [招生范围, 招生计划]。只改其他要素时，不写这一行就沿用上级目录的值',
      '事项“enrollment.plan”的公开主体（subject）是空的：写明负责公开的单位，如 卫辉市教育局。只改其他要素时，不写这一行就沿用上级目录的值',
      '事项“enrollment.plan”的公开渠道（channel）中有一项是空的：请删掉这一项，或写上内容（写明渠道，如 [政府网站, 政务新媒体]）',
    ]);
  });

  it('says a phone number was read as a number and must be quoted', () => {
    const all = checkFixture('rules/schema/phone-number.yaml');
    expect(all[0]?.message).toBe('联系电话被读成了数字 3737000000（开头的 0 会丢失）：请加英文引号写成文本，如 phone: "0373-4412306"');
  });

  it('is quiet for a file with allowed keys and values, a quoted number and known ids in remove:', () => {
    expect(where(checkFixture('rules/schema/valid.yaml'))).toEqual([
      { rule: 'removed-item', severity: 'info', line: 10, column: 5, target: 'private.supervision' },
    ]);
  });
});
