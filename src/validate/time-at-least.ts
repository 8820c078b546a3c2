/**
 * Time limits that read as "at least N" (spec §4): N…以上/之后/后, 满N…, 超过/不少于/至少 N…, N余/N多…, and escape clauses
 * that extend a limit (特殊情况可延长至6个月, 必要时可延长): the limit may run to N or beyond, never proved shorter.
 */
import { NUMBER_CHARS, parseNumber } from './time-number.js';

/** 季度, 学期 and 学年 are units too: 1个季度内 is three months, never shorter than 20 working days. */
export type AtLeastUnit = 'workday' | 'day' | 'hour' | 'week' | 'month' | 'year' | 'quarter' | 'semester' | 'schoolYear';
/** The limit may reach `amount` units from `start` (or beyond when `open`). */
export interface AtLeast {
  readonly kind: 'atLeast';
  readonly amount: number;
  readonly unit: AtLeastUnit;
  readonly start: string;
  readonly open: boolean;
}

const UNITS: Readonly<Record<string, AtLeastUnit>> = {
  工作日: 'workday',
  自然日: 'day',
  日: 'day',
  天: 'day',
  小时: 'hour',
  周: 'week',
  星期: 'week',
  月: 'month',
  年: 'year',
  季度: 'quarter',
  学期: 'semester',
  学年: 'schoolYear',
};
const UNIT_WORDS = '工作日|自然日|小时|星期|季度|学期|学年|日|天|周|月|年';
const NUM = `[${NUMBER_CHARS}]+`;
const START_END = '(?:之日起|之日后|起|之后|以后|后)';
const PREFIX = '(满|超过|不少于|不低于|至少|最少)';
const SUFFIX = '(以上|及以上|或以上|之后|以后|后|以外|开外)';
const OPEN_ENDED = new RegExp(`^自?(.*?${START_END})?${PREFIX}?(${NUM})(个)?(${UNIT_WORDS})${SUFFIX}?$`);
/** "20余个工作日内", "二十多天内": more than N units, so beyond N (red team: only uncomparable before). */
const MORE_THAN = new RegExp(`^自?(.*?${START_END})?(${NUM})(?:余|多)(个)?(${UNIT_WORDS})(?:内|以内|之内)?$`);
/** An extension to a number: (可)延长至/到 N units (the whole limit), or 延长 N units (added). */
const EXTEND_TO = new RegExp(`延长(?:至|到)(${NUM})(个)?(${UNIT_WORDS})`);
const EXTEND_BY = new RegExp(`延长(${NUM})(个)?(${UNIT_WORDS})`);
const EXTEND = /延长|延期|顺延|推迟|延后/;

function amountOf(number: string, withGe: boolean, unitWord: string): { amount: number; unit: AtLeastUnit } | undefined {
  const amount = parseNumber(number);
  const unit = UNITS[unitWord];
  // "3月" is March, not three months.
  if (!Number.isFinite(amount) || !unit || (unit === 'month' && !withGe)) return undefined;
  return { amount, unit };
}

/** "20个工作日以上", "满20个工作日", "超过20日": at least N units after `start` (the start key made by `startKey`). */
export function parseOpenEnded(s: string, startKey: (text: string) => string): AtLeast | undefined {
  const m = OPEN_ENDED.exec(s);
  if (!m || (m[2] === undefined && m[6] === undefined)) return undefined;
  const a = amountOf(m[3] ?? '', m[4] !== undefined, m[5] ?? '');
  if (!a) return undefined;
  return { kind: 'atLeast', ...a, start: startKey(m[1] ?? ''), open: m[2] === '超过' };
}

/** "20余个工作日内": more than N units after `start`, open-ended. */
export function parseMoreThan(s: string, startKey: (text: string) => string): AtLeast | undefined {
  const m = MORE_THAN.exec(s);
  const a = m ? amountOf(m[2] ?? '', m[3] !== undefined, m[4] ?? '') : undefined;
  return a ? { kind: 'atLeast', ...a, start: startKey(m?.[1] ?? ''), open: true } : undefined;
}

/**
 * "…20个工作日内（特殊情况可延长至6个月）": the main limit `main` with an extension clause in `rest`.
 * 延长至 N → the limit may reach N; 延长 N → main + N when the units agree; a bare 可延长 → beyond the main limit.
 */
export function parseExtension(rest: string, main: { amount: number; unit: AtLeastUnit; start: string }): AtLeast | undefined {
  if (!EXTEND.test(rest)) return undefined;
  const to = EXTEND_TO.exec(rest);
  if (to) {
    const a = amountOf(to[1] ?? '', to[2] !== undefined, to[3] ?? '');
    return a ? { kind: 'atLeast', ...a, start: main.start, open: false } : undefined;
  }
  const by = EXTEND_BY.exec(rest);
  if (by) {
    const a = amountOf(by[1] ?? '', by[2] !== undefined, by[3] ?? '');
    if (a && a.unit === main.unit) return { kind: 'atLeast', amount: main.amount + a.amount, unit: main.unit, start: main.start, open: false };
  }
  if (new RegExp(NUM + `(?:个)?(?:${UNIT_WORDS})`).test(rest.replace(EXTEND, ''))) return undefined;
  return { kind: 'atLeast', amount: main.amount, unit: main.unit, start: main.start, open: true };
}
