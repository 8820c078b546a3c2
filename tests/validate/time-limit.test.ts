/** The 公开时限 parser and comparison (spec §4), over every phrasing seen in published tables. */
import { describe, expect, it } from 'vitest';
import { compareTimeLimits, parseNumber, parseTimeLimit, type TimeLimit } from '../../src/validate/time-limit.js';

const START = '信息形成或者变更';
const workdays = (amount: number, start = START): TimeLimit => ({ kind: 'duration', amount, unit: 'workday', start });
const days = (amount: number, start = START): TimeLimit => ({ kind: 'duration', amount, unit: 'day', start });
const hours = (amount: number, start = START): TimeLimit => ({ kind: 'duration', amount, unit: 'hour', start });
const yearly = (rest = '', order?: number): TimeLimit => ({ kind: 'periodic', period: 'year', rest, ...(order !== undefined ? { order } : {}) });

describe('parseTimeLimit: the phrasings of baseline-facts.md', () => {
  const phrasings: readonly [string, TimeLimit][] = [
    ['信息形成或者变更之日起20个工作日内', workdays(20)],
    ['信息形成或变更之日起20个工作日内(公开)', workdays(20)],
    ['自信息形成或者变更之日起20个工作日内予以公开', workdays(20)],
    ['信息形成或变更之日起3个工作日内', workdays(3)],
    ['信息形成或者变更之日起5个工作日内', workdays(5)],
    ['20个工作日(自该政府信息形成或者变更之日起)', workdays(20)],
    ['实时公开', { kind: 'immediate' }],
    // "及时" (promptly) names no time: unbounded (looser than any bound), not "实时"/"即时" (immediate).
    ['及时公开', { kind: 'unbounded' }],
    ['每年1月31日前', yearly('1月31日前', 131)],
    ['按年公开', yearly()],
    ['部门预算经本级财政部门批复后20日内公开', days(20, '部门预算经本级财政部门批复')],
  ];
  for (const [text, expected] of phrasings) {
    it(`${text} → ${JSON.stringify(expected)}`, () => expect(parseTimeLimit(text)).toEqual(expected));
  }
});

describe('parseTimeLimit: other forms', () => {
  const cases: readonly [string, TimeLimit][] = [
    ['即时', { kind: 'immediate' }],
    ['即时公开', { kind: 'immediate' }],
    ['信息形成或者变更之日起二十个工作日内', workdays(20)],
    ['信息形成或者变更之日起十五个工作日内', workdays(15)],
    ['信息形成或者变更之日起２０个工作日内', workdays(20)],
    ['信息形成或者变更之日起 20 个工作日内', workdays(20)],
    ['信息形成后15个自然日内', days(15, '信息形成')],
    ['信息形成后7天内', days(7, '信息形成')],
    ['事件发生后24小时内', hours(24, '事件发生')],
    ['事件发生后48个小时内', hours(48, '事件发生')],
    ['每学期开学前', { kind: 'periodic', period: 'semester', rest: '开学前' }],
    ['每季度', { kind: 'periodic', period: 'quarter', rest: '' }],
    ['按月公开', { kind: 'periodic', period: 'month', rest: '' }],
    ['每周五前', { kind: 'periodic', period: 'week', rest: '五前', order: 5 }],
    ['每年12月底前', yearly('12月底前', 1231)],
    ['每年九月三十日前', yearly('九月三十日前', 930)],
    ['长期公开', { kind: 'unbounded' }],
    ['', { kind: 'text' }],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => expect(parseTimeLimit(text)).toEqual(expected));
  }
});

describe('parseNumber', () => {
  it.each([
    ['20', 20],
    ['二十', 20],
    ['十五', 15],
    ['十', 10],
    ['一百二十', 120],
    ['两', 2],
    ['三十一', 31],
    ['一〇〇', 100],
    ['二〇', 20],
    ['廿', 20],
    ['廿五', 25],
    ['一百零五', 105],
    ['２０', 20],
    ['半', 0.5],
    ['两千', 2000],
  ] as const)('%s → %d', (text, n) => expect(parseNumber(text)).toBe(n));
  it.each(['二十个', '〇', '', '百', '十十', '二二十', '零五', '一百零零五'])('%s is NaN', (text) => expect(parseNumber(text)).toBeNaN());
});

describe('compareTimeLimits (spec §4)', () => {
  const cases: readonly [string, TimeLimit, TimeLimit, string][] = [
    ['same unit, longer', workdays(20), workdays(30), 'longer'],
    ['same unit, shorter', workdays(20), workdays(10), 'same-or-shorter'],
    ['same unit, equal', workdays(20), workdays(20), 'same-or-shorter'],
    ['immediate → duration', { kind: 'immediate' }, workdays(3), 'longer'],
    ['immediate → immediate', { kind: 'immediate' }, { kind: 'immediate' }, 'same-or-shorter'],
    ['immediate → periodic', { kind: 'immediate' }, yearly(), 'uncomparable'],
    ['immediate → text', { kind: 'immediate' }, { kind: 'text' }, 'uncomparable'],
    ['duration → immediate', workdays(20), { kind: 'immediate' }, 'same-or-shorter'],
    ['duration → periodic', workdays(20), yearly(), 'uncomparable'],
    ['duration → text', workdays(20), { kind: 'text' }, 'uncomparable'],
    ['periodic → duration', yearly(), workdays(20), 'uncomparable'],
    ['periodic → same period', yearly(), yearly(), 'same-or-shorter'],
    ['periodic → other period', yearly(), { kind: 'periodic', period: 'month', rest: '' }, 'uncomparable'],
    ['text → text', { kind: 'text' }, { kind: 'text' }, 'uncomparable'],
    ['N working days → N calendar days', workdays(20), days(20), 'same-or-shorter'],
    ['N working days → more calendar days', workdays(20), days(25), 'uncomparable'],
    ['calendar days → as many working days', days(20), workdays(20), 'uncomparable'],
    ['days → fewer hours', workdays(1), hours(24), 'same-or-shorter'],
    ['days → more hours', workdays(1), hours(48), 'uncomparable'],
    ['hours → fewer days', hours(72), days(1), 'same-or-shorter'],
    ['hours → more days', hours(24), days(2), 'longer'],
    ['another starting point', workdays(20), workdays(10, '收到申请'), 'uncomparable'],
    ['yearly deadline later', yearly('1月31日前', 131), yearly('3月31日前', 331), 'longer'],
    ['yearly deadline earlier', yearly('3月31日前', 331), yearly('1月31日前', 131), 'same-or-shorter'],
    ['same period, other words', yearly('1月31日前', 131), yearly('年底前'), 'uncomparable'],
    ['immediate → zero days', { kind: 'immediate' }, days(0), 'uncomparable'],
  ];
  for (const [name, oldLimit, newLimit, expected] of cases) {
    it(`${name}: ${expected}`, () => expect(compareTimeLimits(oldLimit, newLimit)).toBe(expected));
  }
});

/** What a county actively trying to slip a longer limit through writes: never silence (issue 12, class 3). */
describe('the reading is total and conservative', () => {
  const BASE = '信息形成或者变更之日起20个工作日内';
  const compare = (oldText: string, newText: string): string => compareTimeLimits(parseTimeLimit(oldText), parseTimeLimit(newText));
  const cases: readonly [string, string, string][] = [
    // digit-by-digit and other numerals
    [BASE, '信息形成或者变更之日起一〇〇个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起二〇个工作日内', 'same-or-shorter'],
    [BASE, '信息形成或者变更之日起三〇个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起廿五个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起两个工作日内', 'same-or-shorter'],
    [BASE, '信息形成或者变更之日起２５个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起一二〇个工作日内', 'longer'],
    // letters and numerals drawn like digits among Arabic digits (red team: these were text, so only uncomparable)
    [BASE, '信息形成或者变更之日起2O0个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起2〇〇个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起l20个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起2\u039f个工作日内', 'same-or-shorter'],
    // red team round 5: capital numerals (大写数字), "more than N" (余/多) and units a reader knows (季度, 旬, 工作周, 工作月)
    [BASE, '信息形成或者变更之日起贰佰个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起贰拾伍个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起壹拾个工作日内', 'same-or-shorter'],
    [BASE, '信息形成或者变更之日起一万个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起20余个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起二十多个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起十多个工作日内', 'uncomparable'],
    [BASE, '信息形成或者变更之日起2个季度内', 'longer'],
    [BASE, '信息形成或者变更之日起6旬内', 'longer'],
    [BASE, '信息形成或者变更之日起3个工作周内', 'uncomparable'],
    [BASE, '信息形成或者变更之日起6个工作周内', 'longer'],
    [BASE, '信息形成或者变更之日起2个工作月内', 'longer'],
    // ○ (U+25CB, as typed for 〇) and the traditional 兩
    [BASE, '信息形成或者变更之日起一○○个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起2○0个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起兩百个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起二○个工作日内', 'same-or-shorter'],
    // 后 instead of 内, two durations, relative starts
    [BASE, '信息形成或者变更之日起20个工作日后', 'longer'],
    [BASE, '信息形成或者变更之日起5个工作日后公开', 'uncomparable'],
    // a limit on starting the work, not on publishing (red team round 7: uncomparable)
    [BASE, '信息形成或者变更之日起20个工作日内启动公开程序', 'longer'],
    [BASE, '信息形成或者变更之日起20个工作日内报审，审定后公开', 'longer'],
    [BASE, '信息形成或者变更之日起10个工作日内启动公开程序', 'uncomparable'],
    [BASE, '信息形成或者变更之日起20个工作日内进行公开', 'same-or-shorter'],
    // the latest of two stated limits is the limit (red team round 7: these were uncomparable)
    [BASE, '信息形成或者变更之日起10个工作日内，最迟30个工作日内', 'longer'],
    [BASE, '自信息形成或者变更之日起10个工作日内，最迟30个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起10个工作日内（至迟不超过60个工作日）', 'longer'],
    [BASE, '信息形成或者变更之日起最长40个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起10个工作日内，最晚不得超过3个月', 'longer'],
    [BASE, '信息形成或者变更之日起10个工作日内，最迟20个工作日内', 'same-or-shorter'],
    [BASE, '信息形成或者变更之日起10个工作日内，最迟自信息形成之日起30个工作日内', 'uncomparable'],
    [BASE, '信息形成或者变更之日起10个工作日内，最迟15日内', 'same-or-shorter'],
    [BASE, '信息形成或者变更之日起30个工作日内，最迟10个工作日内', 'longer'],
    [BASE, '原则上信息形成或者变更之日起10个工作日内，最迟30个工作日内', 'uncomparable'],
    [BASE, '信息形成后10日内或收到申请后20日内', 'uncomparable'],
    [BASE, '一年后的20个工作日内', 'uncomparable'],
    [BASE, '信息形成或者变更一个月后20个工作日内', 'uncomparable'],
    // other starting points
    [BASE, '学期结束后10个工作日内', 'uncomparable'],
    [BASE, '收到申请后5个工作日内', 'uncomparable'],
    [BASE, '下学期开学之日起10个工作日内', 'uncomparable'],
    // escape clauses
    [BASE, '信息形成或者变更之日起10个工作日内，特殊情况可延长至半年', 'longer'],
    [BASE, '必要时信息形成或者变更之日起30个工作日内', 'uncomparable'],
    [BASE, '原则上信息形成或者变更之日起10个工作日内', 'uncomparable'],
    [BASE, '信息形成或者变更之日起10个工作日左右', 'uncomparable'],
    [BASE, '信息形成或者变更之日起10个工作日内（可顺延）', 'uncomparable'],
    // at least N (the red team's a4): provably not shorter than the baseline's bound
    [BASE, '信息形成或者变更之日起20个工作日以上', 'longer'],
    [BASE, '信息形成或者变更之日起二十个工作日之后', 'longer'],
    [BASE, '信息形成或者变更之日起满20个工作日', 'longer'],
    [BASE, '信息形成或者变更之日起超过20个工作日', 'longer'],
    [BASE, '信息形成或者变更之日起不少于20个工作日', 'longer'],
    [BASE, '信息形成或者变更之日起至少30个工作日', 'longer'],
    [BASE, '信息形成或者变更之日起2个月以上', 'longer'],
    [BASE, '信息形成或者变更之日起10个工作日以上', 'uncomparable'],
    [BASE, '信息形成或者变更之日起30日以上', 'uncomparable'],
    [BASE, '学期结束后20个工作日以上', 'uncomparable'],
    // round 8 (attack 85): a start after the information is formed (an approval or review of it) is at least as late
    [BASE, '上级批准之日起20个工作日内', 'longer'],
    [BASE, '信息形成或者变更并经审核之日起20个工作日内', 'longer'],
    [BASE, '信息形成或者变更之日起20个工作日内（以审核通过时间为准）', 'longer'],
    [BASE, '信息形成或者变更之日起20个工作日内报批后公开', 'longer'],
    [BASE, '经审核后10个工作日内', 'uncomparable'],
    [BASE, '部门预算经本级财政部门批复后20日内公开', 'uncomparable'],
    [BASE, '招生工作结束之日起20个工作日内', 'uncomparable'],
    ['即时', '信息形成或者变更之日起1个工作日后', 'longer'],
    // escape clauses whose extension is longer than the baseline
    [BASE, '信息形成或者变更之日起20个工作日内（特殊情况可延长至6个月）', 'longer'],
    [BASE, '信息形成或者变更之日起20个工作日内，必要时可延长', 'longer'],
    [BASE, '信息形成或者变更之日起20个工作日内，经批准可延长', 'longer'],
    [BASE, '信息形成或者变更之日起15个工作日内，经批准可延长10个工作日', 'longer'],
    [BASE, '信息形成或者变更之日起10个工作日内，经批准可延长5个工作日', 'uncomparable'],
    [BASE, '信息形成或者变更之日起10个工作日内，特殊情况可延长至15个工作日', 'uncomparable'],
    [BASE, '信息形成或者变更之日起10个工作日内，必要时可延长', 'uncomparable'],
    // units
    [BASE, '信息形成或者变更之日起20日内', 'same-or-shorter'],
    [BASE, '信息形成或者变更之日起20个自然日内', 'same-or-shorter'],
    [BASE, '信息形成或者变更之日起30天内', 'uncomparable'],
    [BASE, '信息形成或者变更之日起两周内', 'same-or-shorter'],
    [BASE, '信息形成或者变更之日起8周内', 'longer'],
    [BASE, '信息形成或者变更之日起1个月内', 'uncomparable'],
    [BASE, '信息形成或者变更之日起3个月内', 'longer'],
    [BASE, '信息形成或者变更之日起半年内', 'longer'],
    [BASE, '信息形成或者变更之日起1年内', 'longer'],
    [BASE, '信息形成或者变更之日起3月内', 'uncomparable'],
    [BASE, '信息形成或者变更之日起48小时内', 'same-or-shorter'],
    // words that name no time (red team round 7: uncomparable before)
    [BASE, '及时', 'longer'],
    [BASE, '按规定时限公开', 'longer'],
    [BASE, '长期公开', 'longer'],
    ['即时', '尽快公开', 'longer'],
    ['每年1月31日前', '及时公开', 'uncomparable'],
    [BASE, '一经形成及时公开', 'uncomparable'],
    [BASE, '即时', 'same-or-shorter'],
    // immediate baselines
    ['即时', '信息形成或者变更之日起1个工作日内', 'longer'],
    ['实时公开', '每年1月31日前', 'uncomparable'],
    ['实时', '实时公开，最迟一周', 'longer'],
    ['实时', '实时公开，最迟一周内', 'longer'],
    ['即时', '即时公开', 'same-or-shorter'],
    // periodic
    ['每年1月31日前', '每年3月31日前', 'longer'],
    ['每年1月31日前', '每年一月十五日前', 'same-or-shorter'],
    ['每年3月31日前', '每年3月底前', 'same-or-shorter'],
    ['每年1月31日前', '每年第一季度', 'uncomparable'],
    ['每学期开学前', '每学期结束后', 'uncomparable'],
    ['每周五前', '每周日前', 'longer'],
    ['每季度', '每年', 'uncomparable'],
  ];
  for (const [oldText, newText, expected] of cases) {
    it(`${oldText} → ${newText}: ${expected}`, () => expect(compare(oldText, newText)).toBe(expected));
  }
});
