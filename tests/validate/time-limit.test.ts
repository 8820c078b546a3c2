/** The 公开时限 parser and comparison (spec §4), over every phrasing seen in published tables. */
import { describe, expect, it } from 'vitest';
import { compareTimeLimits, parseNumber, parseTimeLimit, type TimeLimit } from '../../src/validate/time-limit.js';

const workdays = (amount: number): TimeLimit => ({ kind: 'duration', amount, unit: 'workday' });
const days = (amount: number): TimeLimit => ({ kind: 'duration', amount, unit: 'day' });
const hours = (amount: number): TimeLimit => ({ kind: 'duration', amount, unit: 'hour' });

describe('parseTimeLimit: the phrasings of baseline-facts.md', () => {
  const phrasings: readonly [string, TimeLimit][] = [
    ['信息形成或者变更之日起20个工作日内', workdays(20)],
    ['信息形成或变更之日起20个工作日内(公开)', workdays(20)],
    ['自信息形成或者变更之日起20个工作日内予以公开', workdays(20)],
    ['信息形成或变更之日起3个工作日内', workdays(3)],
    ['信息形成或者变更之日起5个工作日内', workdays(5)],
    ['20个工作日(自该政府信息形成或者变更之日起)', workdays(20)],
    ['实时公开', { kind: 'immediate' }],
    // "及时" (promptly) names no time: it is text, not "实时"/"即时" (immediate).
    ['及时公开', { kind: 'text' }],
    ['每年1月31日前', { kind: 'periodic', period: 'year' }],
    ['按年公开', { kind: 'periodic', period: 'year' }],
    ['部门预算经本级财政部门批复后20日内公开', days(20)],
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
    ['信息形成后15个自然日内', days(15)],
    ['信息形成后7天内', days(7)],
    ['事件发生后24小时内', hours(24)],
    ['事件发生后48个小时内', hours(48)],
    ['每学期开学前', { kind: 'periodic', period: 'semester' }],
    ['每季度', { kind: 'periodic', period: 'quarter' }],
    ['按月公开', { kind: 'periodic', period: 'month' }],
    ['每周五前', { kind: 'periodic', period: 'week' }],
    ['每年12月底前', { kind: 'periodic', period: 'year' }],
    ['每年九月三十日前', { kind: 'periodic', period: 'year' }],
    ['长期公开', { kind: 'text' }],
    ['', { kind: 'text' }],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => expect(parseTimeLimit(text)).toEqual(expected));
  }
});

describe('parseNumber', () => {
  it.each([
    ['20', 20], ['二十', 20], ['十五', 15], ['十', 10], ['一百二十', 120], ['两', 2], ['三十一', 31], ['〇', 0],
  ] as const)('%s → %d', (text, n) => expect(parseNumber(text)).toBe(n));
  it('is NaN for anything else', () => expect(parseNumber('二十个')).toBeNaN());
});

describe('compareTimeLimits (spec §4)', () => {
  const cases: readonly [string, TimeLimit, TimeLimit, string][] = [
    ['same unit, longer', workdays(20), workdays(30), 'longer'],
    ['same unit, shorter', workdays(20), workdays(10), 'same-or-shorter'],
    ['same unit, equal', workdays(20), workdays(20), 'same-or-shorter'],
    ['immediate → duration', { kind: 'immediate' }, workdays(3), 'longer'],
    ['immediate → immediate', { kind: 'immediate' }, { kind: 'immediate' }, 'same-or-shorter'],
    ['immediate → periodic', { kind: 'immediate' }, { kind: 'periodic', period: 'year' }, 'uncomparable'],
    ['immediate → text', { kind: 'immediate' }, { kind: 'text' }, 'uncomparable'],
    ['duration → immediate', workdays(20), { kind: 'immediate' }, 'same-or-shorter'],
    ['duration → periodic', workdays(20), { kind: 'periodic', period: 'year' }, 'uncomparable'],
    ['duration → text', workdays(20), { kind: 'text' }, 'uncomparable'],
    ['periodic → duration', { kind: 'periodic', period: 'year' }, workdays(20), 'uncomparable'],
    ['periodic → same period', { kind: 'periodic', period: 'year' }, { kind: 'periodic', period: 'year' }, 'same-or-shorter'],
    ['periodic → other period', { kind: 'periodic', period: 'year' }, { kind: 'periodic', period: 'month' }, 'uncomparable'],
    ['text → text', { kind: 'text' }, { kind: 'text' }, 'uncomparable'],
    ['N working days → N calendar days', workdays(20), days(20), 'same-or-shorter'],
    ['N working days → more calendar days', workdays(20), days(25), 'uncomparable'],
    ['calendar days → as many working days', days(20), workdays(20), 'uncomparable'],
    ['days → fewer hours', workdays(1), hours(24), 'same-or-shorter'],
    ['days → more hours', workdays(1), hours(48), 'uncomparable'],
    ['hours → days', hours(72), days(1), 'uncomparable'],
  ];
  for (const [name, oldLimit, newLimit, expected] of cases) {
    it(`${name}: ${expected}`, () => expect(compareTimeLimits(oldLimit, newLimit)).toBe(expected));
  }
});
