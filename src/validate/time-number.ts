/** Numbers as counties write them in time limits: 20, ２０, 二十, 十五, 两, 廿, 一百零五, 贰佰, and digit by digit (一〇〇, 二〇). */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30, 卌: 40 };
/** Capital numerals (大写数字, as on cheques) and their traditional forms, read as the plain ones (red team: 贰佰 was text). */
const CAPITALS: Readonly<Record<string, string>> = {
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
  萬: '万',
  兩: '两',
  // ○ and ◯ are typed for 〇 (二○二○年)
  '○': '〇',
  '◯': '〇',
};

/** The characters a number may be written with (after NFKC, so full-width digits are ASCII). */
export const NUMBER_CHARS = '\\d零〇一二两三四五六七八九十百千万廿卅卌半壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬兩○◯';

/**
 * A number up to 99999, or NaN when the text is not exactly one well-formed number.
 * Digit-by-digit numerals (一〇〇 = 100, 二〇 = 20) are read as digits; 半 is 0.5.
 */
export function parseNumber(text: string): number {
  const s = Array.from(text.normalize('NFKC'), (c) => CAPITALS[c] ?? c).join('');
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '半') return 0.5;
  if (s.length > 1 && [...s].every((c) => c in DIGITS)) {
    // 一〇〇, 二〇: each character is a digit. 两 is never written that way, nor a leading 零.
    if (s.includes('两') || s.startsWith('零') || s.startsWith('〇')) return NaN;
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  return positional(s);
}

/** 二十五, 十五, 一百零五, 两千, 一万, 廿三: a multiplier before each of 万 千 百 十, digits in between. */
function positional(s: string): number {
  if (s === '') return NaN;
  let total = 0;
  let digit: number | undefined;
  let lastPlace = Infinity;
  let zero = false;
  for (const c of s) {
    const place = c === '万' ? 10000 : c === '千' ? 1000 : c === '百' ? 100 : c === '十' ? 10 : undefined;
    if (place !== undefined) {
      if (place >= lastPlace) return NaN;
      if (digit === undefined && place !== 10) return NaN; // 百 alone is not a number here
      total += (digit ?? 1) * place;
      digit = undefined;
      lastPlace = place;
      zero = false;
    } else if (c in TENS) {
      if (total !== 0 || digit !== undefined) return NaN;
      total = TENS[c] ?? NaN;
      lastPlace = 10;
    } else if (c in DIGITS) {
      if (digit !== undefined) return NaN; // two digits in a row (一二) is not a number
      const d = DIGITS[c] ?? NaN;
      if (d === 0) {
        if (zero || total === 0) return NaN;
        zero = true;
        continue;
      }
      digit = d;
    } else {
      return NaN;
    }
  }
  return total + (digit ?? 0);
}
