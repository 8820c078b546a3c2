/**
 * The 公开时限 reader (spec §4): a strict grammar, so that whatever it cannot read exactly is `text` and
 * compares as uncomparable — a changed time limit is never let through because the reader misread it.
 */
import { normalizeText } from './normalize.js';
import { parseExtension, parseMoreThan, parseOpenEnded, type AtLeast, type AtLeastUnit } from './time-at-least.js';
import { NUMBER_CHARS, parseNumber } from './time-number.js';

export { parseNumber } from './time-number.js';

type TimeUnit = AtLeastUnit;
type Period = 'year' | 'semester' | 'quarter' | 'month' | 'week';
export type TimeLimit =
  /** N units from a starting point (`start` normalised; '' when none is written). */
  | { readonly kind: 'duration'; readonly amount: number; readonly unit: TimeUnit; readonly start: string }
  | { readonly kind: 'immediate' }
  /** Once per period; `rest` is what follows (normalised), `order` its place in the period when it is a date. */
  | { readonly kind: 'periodic'; readonly period: Period; readonly rest: string; readonly order?: number }
  /** At least N units (以上, 后, 满, 超过, 不少于, 至少) or a limit extended by an escape clause (可延长至6个月). */
  | AtLeast
  /** Words that name no time at all: 及时, 尽快, 按规定时限, 长期, 常态化 (red team round 7). */
  | { readonly kind: 'unbounded' }
  | { readonly kind: 'text' };

const UNITS: Readonly<Record<string, TimeUnit>> = {
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
/** Words that make a limit open-ended or conditional: such a limit is never read as a plain duration. */
const ESCAPE = /特殊|必要|原则上|延长|延期|顺延|推迟|延后|酌情|视情|一般|左右|大约|适当|暂缓|另行|不定期|需要时|如有|若|最长|以上|之前后/;
const NUM = `[${NUMBER_CHARS}]+`;
const START_END = '(?:之日起|之日后|起|之后|以后|后)';
const DURATION = new RegExp(`^自?(.*?${START_END})?(${NUM})(个)?(${UNIT_WORDS})(?:内|以内|之内)$`);
const DURATION_AFTER = new RegExp(`^(${NUM})(个)?(${UNIT_WORDS})(?:内|以内|之内)?\\(自?(.*?${START_END})\\)$`);
const RELATIVE = new RegExp(`${NUM}(?:个)?(?:${UNIT_WORDS})`);
const PERIODS: readonly [RegExp, Period][] = [
  [/^(?:每学期|按学期)/, 'semester'],
  [/^(?:每学年|每年度|每年|按年度|按年|年度)/, 'year'],
  [/^(?:每季度|每季|按季度|按季)/, 'quarter'],
  [/^(?:每月|按月)/, 'month'],
  [/^(?:每周|每星期|按周)/, 'week'],
];

/** Letters and numerals drawn like 0 and 1: O o (Latin, Cyrillic, Greek), 〇 零 ○ ◯; l I І |. */
const LIKE_ZERO = 'OoОоΟο〇零○◯';
const LIKE_ONE = 'lIІ|';
const LOOK_ALIKE_RUN = new RegExp(`[\\d${LIKE_ZERO}${LIKE_ONE}]*\\d[\\d${LIKE_ZERO}${LIKE_ONE}]*`, 'gu');

/**
 * A run of Arabic digits with look-alikes among them read as the reader reads it: 2O0 and 2〇〇 are 200, l20 is 120
 * (red team: "2O0个工作日" was text, so only uncomparable, where a reader sees two hundred days).
 */
function lookAlikeDigits(s: string): string {
  return s.replace(LOOK_ALIKE_RUN, (run) => [...run].map((c) => (LIKE_ZERO.includes(c) ? '0' : LIKE_ONE.includes(c) ? '1' : c)).join(''));
}

/** Units a reader knows that the grammar spells otherwise: N个季度 → 3N个月, N旬 → 10N日, 工作周 → 周, 工作月 → 个月. */
const OTHER_UNITS = new RegExp(`(${NUM})(个季度|旬|个?工作周|个?工作月)`, 'gu');

/** `s` with those units rewritten (red team: 2个季度, 6旬 were only uncomparable). 一季度 without 个 is a quarter of the year. */
function plainUnits(s: string): string {
  return s.replace(OTHER_UNITS, (all, number: string, unit: string) => {
    const n = parseNumber(number);
    if (!Number.isFinite(n)) return all;
    if (unit === '个季度') return `${n * 3}个月`;
    if (unit === '旬') return `${n * 10}日`;
    return unit.endsWith('周') ? `${n}周` : `${n}个月`;
  });
}

/**
 * Parsed 公开时限 per text, per process: a county repeats the baseline's few time limits on every item, and a
 * server checks county after county against the same ones. Dropped whole when full.
 */
const parsedLimits = new Map<string, TimeLimit>();
const PARSED_LIMITS_MAX = 10_000;

/** Parse a 公开时限. Never throws; anything outside the grammar is `{kind: 'text'}`. */
export function parseTimeLimit(text: string): TimeLimit {
  let parsed = parsedLimits.get(text);
  if (parsed === undefined) {
    parsed = parseUncached(text);
    if (parsedLimits.size >= PARSED_LIMITS_MAX) parsedLimits.clear();
    parsedLimits.set(text, parsed);
  }
  return parsed;
}

function parseUncached(text: string): TimeLimit {
  const s = plainUnits(lookAlikeDigits(normalizeText(text)))
    .replace(/\(公开\)$/, '')
    .replace(/(?:予以|进行|完成)?公开$/, '')
    .replace(/[。；;.，,]+$/, '');
  if (s === '') return { kind: 'text' };
  const atLeast = parseOpenEnded(s, startKey) ?? parseMoreThan(s, startKey) ?? extended(s);
  if (atLeast) return atLeast;
  const started = startOnly(s);
  if (started) return started;
  const restarted = startRestated(s);
  if (restarted) return restarted;
  const latest = latestLimit(s);
  if (latest) return latest;
  if (UNBOUNDED.test(s)) return { kind: 'unbounded' };
  if (ESCAPE.test(s)) return { kind: 'text' };
  if (/^(?:实时|即时)(?:公开|更新|发布)?$/.test(s)) return { kind: 'immediate' };
  for (const [re, period] of PERIODS) {
    const m = re.exec(s);
    if (m) return periodic(period, s.slice(m[0].length));
  }
  const m = DURATION.exec(s);
  if (m) return duration(m[2] ?? '', m[3] !== undefined, m[4] ?? '', m[1] ?? '');
  const a = DURATION_AFTER.exec(s);
  if (a) return duration(a[1] ?? '', a[2] !== undefined, a[3] ?? '', a[4] ?? '');
  return { kind: 'text' };
}

/** A plain duration followed by an extension clause: "…20个工作日内（特殊情况可延长至6个月）", "…内，必要时可延长". */
function extended(s: string): AtLeast | undefined {
  const cut = /[(,;，；]/.exec(s);
  if (!cut) return undefined;
  const main = parseTimeLimit(s.slice(0, cut.index));
  return main.kind === 'duration' ? parseExtension(s.slice(cut.index), main) : undefined;
}

/** A whole limit that names no time: 及时(公开), 尽快, 按(有关)规定时限, 按要求, 依法, 长期, 常态化, 动态更新, 随时更新. */
const UNBOUNDED =
  /^(?:及时|尽快|尽早|尽速|按照?(?:有关|相关)?规定(?:的)?(?:时限|时间|期限|要求)?|按要求|依规|依法|长期|常态化|动态|随时|不定期)(?:更新|发布|公布|公示|调整)?$/u;

/** Verbs after a duration that bound only the start of the work: 启动公开程序, 报审, 着手准备 (publication comes later). */
const START_ONLY = /^(.*?(?:内|以内|之内))(?:启动|着手|报审|报送|送审|报批|送批|呈批|报请|呈报|提交|上报|筹备|准备|拟定|起草)/u;

/** A duration whose start is restated in a clause after it: "…20个工作日内（以审核通过时间为准）", "…内，自批准之日起算". */
const START_RESTATED = /^(.*?(?:内|以内|之内))\(?[,，]?(?:以|按|从|自)(.+?)(?:的)?(?:时间|之日|日期|当日|日)?(?:为准|起算|开始计算|计算)\)?$/u;

/** "…20个工作日内（以审核通过时间为准）": the duration, from the start the clause names (red team round 8). */
function startRestated(s: string): TimeLimit | undefined {
  const m = START_RESTATED.exec(s);
  const main = m ? parseTimeLimit(m[1] ?? '') : undefined;
  return main?.kind === 'duration' ? { ...main, start: startKey(m?.[2] ?? '') } : undefined;
}

/**
 * Steps that come after the information is formed: an approval or review of it (red team round 8) — nothing can be
 * approved before it exists. A limit counted from one of them runs from the baseline's start (信息形成或者变更之日) or
 * later. The end of some work (招生工作结束, 学期结束) is not one: a report may form after the work it records.
 */
const LATER_STEP = /批准|审批|审核|审定|审查|审签|签批|签发|报批|核准|批复|同意/u;

/** Whether `start` is a step after the baseline's start, the information's forming (信息形成或者变更). */
function laterStart(baselineStart: string, start: string): boolean {
  return baselineStart !== start && baselineStart.includes('形成') && LATER_STEP.test(start);
}

/**
 * "…20个工作日内启动公开程序", "…20个工作日内报审，审定后公开": the duration bounds the start of the work, not the
 * publication, which may come later — at least the duration, open (red team round 7: only uncomparable before).
 */
function startOnly(s: string): AtLeast | undefined {
  const m = START_ONLY.exec(s);
  const main = m ? parseTimeLimit(m[1] ?? '') : undefined;
  return main?.kind === 'duration' ? { kind: 'atLeast', amount: main.amount, unit: main.unit, start: main.start, open: true } : undefined;
}

/** Words that state the latest a limit may run to: 最迟30个工作日内, 至迟不超过60个工作日, 最长40个工作日, 不得超过3个月. */
const LATEST = `(?:(?:最迟|至迟|最晚|最长|最多|至多|顶多)(?:于|在)?(?:不超过|不得超过|不晚于|不迟于|不超出)?|不超过|不得超过|不超出)`;
const LATEST_BEFORE_NUMBER = new RegExp(`${LATEST}(?=[${NUMBER_CHARS}])`, 'gu');
const LATEST_CLAUSE = new RegExp(`^(?:但|但是|且|并且?|最终)?${LATEST}(.+?)\\)?$`, 'u');

/**
 * A limit with the latest it may run to (red team round 7: these were only uncomparable): "…10个工作日内，最迟30个工作日内"
 * and "…（至迟不超过60个工作日）" are the longest limit stated, the later one from the same start; "…起最长40个工作日内" is 40.
 * A later limit from another start is text (uncomparable); an earlier limit that is not a plain one (原则上…) too.
 */
function latestLimit(s: string): TimeLimit | undefined {
  const cut = /[(,;，；]/.exec(s);
  if (!cut) {
    const plain = s.replace(LATEST_BEFORE_NUMBER, '');
    if (plain === s) return undefined;
    const single = parseTimeLimit(plain);
    return single.kind === 'duration' ? single : undefined;
  }
  const clause = LATEST_CLAUSE.exec(s.slice(cut.index + 1));
  if (!clause) return undefined;
  const main = parseTimeLimit(s.slice(0, cut.index));
  if (main.kind !== 'duration' && main.kind !== 'immediate') return undefined;
  const text = clause[1] ?? '';
  const later = parseTimeLimit(/(?:内|以内|之内)$/.test(text) ? text : `${text}内`);
  if (later.kind !== 'duration') return undefined;
  const start = later.start === '' && main.kind === 'duration' ? main.start : later.start;
  if (main.kind === 'immediate') return later;
  if (start !== main.start) return { kind: 'text' };
  const capped = { ...later, start };
  return compareTimeLimits(capped, main) === 'longer' ? main : capped;
}

function duration(number: string, withGe: boolean, unitWord: string, startText: string): TimeLimit {
  const amount = parseNumber(number);
  const unit = UNITS[unitWord];
  // "3月内" is March, not three months; a start that is itself a duration (一年后的…) is not a start.
  if (!Number.isFinite(amount) || !unit || (unit === 'month' && !withGe) || RELATIVE.test(startText)) return { kind: 'text' };
  return { kind: 'duration', amount, unit, start: startKey(startText) };
}

/** A starting point, so that 自该政府信息形成或变更之日起 and 信息形成或者变更之日起 are the same. */
function startKey(text: string): string {
  return text
    .replace(/^自/, '')
    .replace(new RegExp(`${START_END}$`), '')
    .replace(/^(?:该)?(?:政府)?信息/, '信息')
    .replace(/或变更/, '或者变更');
}

const DATE = new RegExp(`^(${NUM})月(?:(${NUM})(?:日|号)|(底|末|初|上旬|中旬|下旬))(?:前|之前|以前)$`);
const WEEKDAY = /^(?:周|星期)?([一二三四五六日天])(?:前|之前|以前)$/;
const PART_DAY: Readonly<Record<string, number>> = { 初: 1, 上旬: 10, 中旬: 20, 下旬: 31, 底: 31, 末: 31 };

/** A periodic limit; a deadline date in a year, or a weekday in a week, is given an order to compare by. */
function periodic(period: Period, rest: string): TimeLimit {
  const out = { kind: 'periodic' as const, period, rest };
  const d = DATE.exec(rest);
  if (d && period === 'year') {
    const month = parseNumber(d[1] ?? '');
    const day = d[2] !== undefined ? parseNumber(d[2]) : (PART_DAY[d[3] ?? ''] ?? NaN);
    if (Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= 31) return { ...out, order: month * 100 + day };
  }
  const w = WEEKDAY.exec(rest);
  if (w && period === 'week') return { ...out, order: '一二三四五六日天'.indexOf(w[1] ?? '') + 1 };
  return out;
}

/** How a new time limit compares with the baseline's: 'longer' is an error, 'uncomparable' a warning. */
export type TimeComparison = 'same-or-shorter' | 'longer' | 'uncomparable';

/** Bounds in hours of a duration. N working days span at least N days, and at most N·7/5 days plus a long holiday. */
function hours(t: { readonly amount: number; readonly unit: TimeUnit }): readonly [number, number] {
  const n = t.amount;
  switch (t.unit) {
    case 'hour':
      return [n, n];
    case 'day':
      return [24 * n, 24 * n];
    case 'workday':
      return [24 * n, 24 * (Math.ceil((n * 7) / 5) + 10)];
    case 'week':
      return [168 * n, 168 * n];
    case 'month':
      return [24 * 28 * n, 24 * 31 * n];
    case 'year':
    case 'schoolYear':
      return [24 * 365 * n, 24 * 366 * n];
    // A quarter is 90–92 days; a school term (学期) runs from about four months (spring) to six with its holiday.
    case 'quarter':
      return [24 * 90 * n, 24 * 92 * n];
    case 'semester':
      return [24 * 120 * n, 24 * 184 * n];
  }
}

/** Compare new against old: 'longer' only when provably longer, 'same-or-shorter' only when provably not. */
export function compareTimeLimits(oldLimit: TimeLimit, newLimit: TimeLimit): TimeComparison {
  // A bound (a duration, real time) replaced by words that name none is looser than it (red team round 7).
  if (newLimit.kind === 'unbounded') {
    if (oldLimit.kind === 'duration' || oldLimit.kind === 'immediate') return 'longer';
    return oldLimit.kind === 'unbounded' ? 'same-or-shorter' : 'uncomparable';
  }
  if (oldLimit.kind === 'immediate') {
    if (newLimit.kind === 'immediate') return 'same-or-shorter';
    if (newLimit.kind === 'atLeast') return newLimit.amount > 0 || newLimit.open ? 'longer' : 'uncomparable';
    return newLimit.kind === 'duration' && newLimit.amount > 0 ? 'longer' : 'uncomparable';
  }
  if (oldLimit.kind === 'duration' && newLimit.kind === 'immediate') return 'same-or-shorter';
  if (oldLimit.kind === 'duration' && newLimit.kind === 'atLeast') return atLeastLonger(oldLimit, newLimit) ? 'longer' : 'uncomparable';
  if (oldLimit.kind === 'duration' && newLimit.kind === 'duration') {
    // From a later start (批准之日起, 审核后) the same duration is at least as long: open, the step may come any time later.
    if (laterStart(oldLimit.start, newLimit.start))
      return atLeastLonger(oldLimit, { ...newLimit, kind: 'atLeast', start: oldLimit.start, open: true }) ? 'longer' : 'uncomparable';
    if (oldLimit.start !== newLimit.start) return 'uncomparable';
    if (oldLimit.unit === newLimit.unit) return newLimit.amount > oldLimit.amount ? 'longer' : 'same-or-shorter';
    const [oldMin, oldMax] = hours(oldLimit);
    const [newMin, newMax] = hours(newLimit);
    if (newMax <= oldMin) return 'same-or-shorter';
    return newMin > oldMax ? 'longer' : 'uncomparable';
  }
  if (oldLimit.kind === 'periodic' && newLimit.kind === 'periodic' && oldLimit.period === newLimit.period) {
    if (oldLimit.rest === newLimit.rest) return 'same-or-shorter';
    if (oldLimit.order !== undefined && newLimit.order !== undefined) return newLimit.order > oldLimit.order ? 'longer' : 'same-or-shorter';
  }
  return 'uncomparable';
}

/** An at-least limit is provably longer when, from the same start, it reaches the baseline's bound or beyond. */
function atLeastLonger(oldLimit: { readonly amount: number; readonly unit: TimeUnit; readonly start: string }, newLimit: AtLeast): boolean {
  if (oldLimit.start !== newLimit.start && !laterStart(oldLimit.start, newLimit.start)) return false;
  if (oldLimit.unit === newLimit.unit) return newLimit.amount >= oldLimit.amount;
  return hours(newLimit)[0] >= hours(oldLimit)[1];
}
