/** 发文字号 as GB/T 9704-2012 7.2.4 writes it: 机关代字〔年份〕序号号 — what is wrong with one, and the corrected form. */

/** The one right shape: agency code, the full year in 六角括号, an ordinal without 第 or leading zeros, then 号. */
const RIGHT = /^(\S+?)〔(\d{4})〕([1-9]\d*)号$/u;
/** A loose reading of the usual slips: other brackets, spaces, 第, leading zeros, a missing 号. */
const LOOSE = /^(\S+?)\s*[[［【〔(（〈<]\s*(\d+)\s*[\]］】〕)）〉>]\s*(第)?\s*(\d+)\s*(号)?$/u;

export type NumberProblem =
  | { readonly kind: 'ok' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'brackets' | 'ordinal' | 'suffix'; readonly fix: string }
  | { readonly kind: 'year' }
  | { readonly kind: 'shape' };

/** What is wrong with a 发文字号, the first problem a clerk would fix, with the corrected number when it is certain. */
export function checkDocumentNumber(raw: string): NumberProblem {
  const value = raw.trim();
  if (value === '') return { kind: 'blank' };
  if (RIGHT.test(value)) return { kind: 'ok' };
  const m = LOOSE.exec(value);
  if (!m) return { kind: 'shape' };
  const [, agency = '', year = '', ordinalWord, ordinal = '', suffix] = m;
  if (year.length !== 4) return { kind: 'year' };
  const fix = `${agency}〔${year}〕${String(Number(ordinal))}号`;
  if (!value.includes(`〔${year}〕`)) return { kind: 'brackets', fix };
  if (ordinalWord !== undefined || /^0/.test(ordinal)) return { kind: 'ordinal', fix };
  if (suffix === undefined) return { kind: 'suffix', fix };
  return { kind: 'shape' };
}
