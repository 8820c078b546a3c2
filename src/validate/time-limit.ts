/** The 公开时限 parser (spec §4): a time limit stays a string, and is also read as a comparable value. */

export type TimeUnit = 'workday' | 'day' | 'hour';
export type TimeLimit =
  | { readonly kind: 'duration'; readonly amount: number; readonly unit: TimeUnit }
  | { readonly kind: 'immediate' }
  | { readonly kind: 'periodic'; readonly period: 'year' | 'semester' | 'quarter' | 'month' | 'week' }
  | { readonly kind: 'text' };

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** A Chinese or Arabic number up to 999 ("20", "二十", "十五", "一百二十"); NaN otherwise. */
export function parseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c in DIGITS) digit = DIGITS[c] ?? 0;
    else if (c === '十') { total += (digit || 1) * 10; digit = 0; }
    else if (c === '百') { total += (digit || 1) * 100; digit = 0; }
    else return NaN;
  }
  return total + digit;
}

const NUMBER = '(\\d+|[零〇一二两三四五六七八九十百]+)';
// A number right after 月 (or inside another number) is a date ("每年1月31日前"), not a duration.
const DURATION = new RegExp(`(?<![月\\d零〇一二两三四五六七八九十百])${NUMBER}\\s*(?:个)?\\s*(工作日|自然日|日|天|小时|个小时)`);
const UNITS: Readonly<Record<string, TimeUnit>> = {
  工作日: 'workday', 自然日: 'day', 日: 'day', 天: 'day', 小时: 'hour', 个小时: 'hour',
};
const PERIODS: readonly [RegExp, 'year' | 'semester' | 'quarter' | 'month' | 'week'][] = [
  [/每学期|按学期/, 'semester'],
  [/每学年|每年|按年|年度|每年度/, 'year'],
  [/每季度|按季/, 'quarter'],
  [/每月|按月/, 'month'],
  [/每周|按周/, 'week'],
];

/** Parse a 公开时限. Never throws; anything unrecognised is `{kind: 'text'}`. */
export function parseTimeLimit(text: string): TimeLimit {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  // Calendar dates ("1月31日前") name a deadline, not a duration.
  const d = s.replace(/[\d一二三四五六七八九十]+月(?:[\d一二三四五六七八九十]+日|底|初|中旬|上旬|下旬)?/g, '');
  if (/^(实时|即时)(公开)?$|^实时|^即时/.test(s)) return { kind: 'immediate' };
  for (const [re, period] of PERIODS) {
    if (re.test(s) && !DURATION.test(d)) return { kind: 'periodic', period };
  }
  const m = DURATION.exec(d);
  if (m) {
    const amount = parseNumber(m[1] ?? '');
    const unit = UNITS[m[2] ?? ''];
    if (Number.isFinite(amount) && unit) return { kind: 'duration', amount, unit };
  }
  return { kind: 'text' };
}

/** How a new time limit compares with the baseline's: 'longer' is an error, 'uncomparable' a warning. */
export type TimeComparison = 'same-or-shorter' | 'longer' | 'uncomparable';

/** Compare new against old; only what can be proved longer is 'longer'. */
export function compareTimeLimits(oldLimit: TimeLimit, newLimit: TimeLimit): TimeComparison {
  if (oldLimit.kind === 'immediate') {
    if (newLimit.kind === 'immediate') return 'same-or-shorter';
    return newLimit.kind === 'duration' ? 'longer' : 'uncomparable';
  }
  if (oldLimit.kind === 'duration' && newLimit.kind === 'immediate') return 'same-or-shorter';
  if (oldLimit.kind !== 'duration' || newLimit.kind !== 'duration') {
    if (oldLimit.kind === 'periodic' && newLimit.kind === 'periodic' && oldLimit.period === newLimit.period) return 'same-or-shorter';
    return 'uncomparable';
  }
  if (oldLimit.unit === newLimit.unit) return newLimit.amount > oldLimit.amount ? 'longer' : 'same-or-shorter';
  // N calendar days never exceed N working days, and N hours never exceed N/24 days of either kind.
  const hours = (t: { amount: number; unit: TimeUnit }): number => (t.unit === 'hour' ? t.amount : t.amount * 24);
  const newIsFiner = newLimit.unit === 'hour' || (newLimit.unit === 'day' && oldLimit.unit === 'workday');
  if (newIsFiner && hours(newLimit) <= hours(oldLimit)) return 'same-or-shorter';
  return 'uncomparable';
}
