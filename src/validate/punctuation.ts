/** GB/T 15834 slips in Chinese text: half-width brackets, straight quotes and ASCII ,:;?! where 全角 is due. */
import type { Unit } from './scalar-units.js';

/** One text edit: replace `length` source characters at `at` by `text`. */
export interface Edit {
  readonly at: number;
  readonly length: number;
  readonly text: string;
}

/** One slip: what it is, the excerpt before and after, its source range, and the edits that fix it (none when unsure). */
export interface PunctuationSlip {
  readonly messageId: 'bracket' | 'docNumber' | 'quote' | 'punct' | 'unpairedQuote';
  readonly found: string;
  readonly fixed: string;
  readonly start: number;
  readonly end: number;
  readonly edits: readonly Edit[];
}

const HAN = /\p{Script=Han}/u;
/** Han, or the full-width punctuation that only stands in Chinese text. */
const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65“”‘’…—]/u;
const PUNCT: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };
/** Addresses are left as written, whatever surrounds them. */
const ADDRESS = /(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.)[\x21-\x7E]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/** The slips in one scalar's units, in source order. */
export function findPunctuationSlips(units: readonly Unit[]): PunctuationSlip[] {
  const s = units.map((u) => u.ch).join('');
  if (!/[()"',:;?!]/.test(s) || !HAN.test(s)) return [];
  const skip = new Set<number>();
  for (const m of s.matchAll(ADDRESS)) for (let i = m.index; i < m.index + m[0].length; i++) skip.add(i);
  const ctx: Scan = { units, s, skip, view: s.split('') };
  return [...bracketSlips(ctx), ...quoteSlips(ctx, '"', '“', '”'), ...quoteSlips(ctx, "'", '‘', '’'), ...punctSlips(ctx)].sort((a, b) => a.start - b.start);
}

interface Scan {
  readonly units: readonly Unit[];
  readonly s: string;
  readonly skip: ReadonlySet<number>;
  /** The text as it reads once the bracket and quote fixes are made (what , : ; ? ! stand between). */
  readonly view: string[];
}

/** The nearest character before i (or after, step 1) that is not a blank. */
function neighbour(s: string, i: number, step: -1 | 1): string {
  for (let j = i + step; j >= 0 && j < s.length; j += step) if (s[j] !== ' ' && s[j] !== '\t') return s[j] ?? '';
  return '';
}

/** Whether the pair (o, c) stands in Chinese text: Chinese inside it, or touching it (a blank between sets it apart). */
function inChinese(s: string, o: number, c: number): boolean {
  return HAN.test(s.slice(o + 1, c)) || CHINESE.test(s[o - 1] ?? '') || CHINESE.test(s[c + 1] ?? '');
}

/** Build a slip from replacements at unit indexes; units that cannot be edited make it a slip without a fix. */
function slip(ctx: Scan, messageId: PunctuationSlip['messageId'], from: number, to: number, repl: ReadonlyMap<number, string>): PunctuationSlip {
  const { units, s } = ctx;
  const a = Math.max(0, from - 4);
  const b = Math.min(s.length, to + 4);
  const excerpt = (t: string): string => (a > 0 ? '…' : '') + t + (b < s.length ? '…' : '');
  let fixed = '';
  for (let i = a; i < b; i++) fixed += repl.get(i) ?? s[i];
  for (const [i, text] of repl) if (text.length === 1) ctx.view[i] = text;
  const sure = [...repl.keys()].every((i) => units[i]?.fixable === true);
  const edits = sure ? [...repl].sort(([x], [y]) => x - y).map(([i, text]) => ({ at: units[i]?.at ?? 0, length: units[i]?.length ?? 0, text })) : [];
  const first = units[from];
  const last = units[to - 1];
  return { messageId, found: excerpt(s.slice(a, b)), fixed: excerpt(fixed), start: first?.at ?? 0, end: (last?.at ?? 0) + (last?.length ?? 0), edits };
}

/** Pairs of ( ) and （ ） (mixed pairs too); a half-width pair in Chinese text becomes （ ）, a 文号's year 〔 〕. */
function bracketSlips(ctx: Scan): PunctuationSlip[] {
  const { s, skip } = ctx;
  const out: PunctuationSlip[] = [];
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (skip.has(i)) continue;
    if (s[i] === '(' || s[i] === '（') open.push(i);
    else if ((s[i] === ')' || s[i] === '）') && open.length > 0) {
      const o = open.pop() ?? 0;
      if (s[o] === '（' && s[i] === '）') continue;
      if (!inChinese(s, o, i) && s[o] === '(' && s[i] === ')') continue;
      const year = /^\d{4}$/.test(s.slice(o + 1, i)) && HAN.test(s[o - 1] ?? '') && /^\d+号/.test(s.slice(i + 1));
      const repl = new Map<number, string>();
      if (year || s[o] === '(') repl.set(o, year ? '〔' : '（');
      if (year || s[i] === ')') repl.set(i, year ? '〕' : '）');
      out.push(slip(ctx, year ? 'docNumber' : 'bracket', o, i + 1, repl));
    }
  }
  return out;
}

/** Straight quotes paired in order (a curly opener pairs with a straight closer); a lone one has no sure fix. */
function quoteSlips(ctx: Scan, straight: string, opener: string, closer: string): PunctuationSlip[] {
  const { s, skip } = ctx;
  const out: PunctuationSlip[] = [];
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    if (skip.has(i)) continue;
    const c = s[i];
    if (c === "'" && straight === "'" && isApostrophe(s, i)) continue;
    if (c === opener) open = i;
    else if (c === closer) open = -1;
    else if (c === straight && open < 0) open = i;
    else if (c === straight) {
      if (s[open] === straight && !inChinese(s, open, i)) {
        open = -1;
        continue;
      }
      const repl = new Map<number, string>([[i, closer]]);
      if (s[open] === straight) repl.set(open, opener);
      out.push(slip(ctx, 'quote', open, i + 1, repl));
      open = -1;
    }
  }
  if (open >= 0 && s[open] === straight && (CHINESE.test(s[open - 1] ?? '') || CHINESE.test(s[open + 1] ?? ''))) {
    out.push({ ...slip(ctx, 'unpairedQuote', open, open + 1, new Map()), edits: [] });
  }
  return out;
}

/** , : ; ? ! between Chinese characters (? and ! also at the end); blanks after it go with it. */
function punctSlips(ctx: Scan): PunctuationSlip[] {
  const { skip, units } = ctx;
  const s = ctx.view.join('');
  const out: PunctuationSlip[] = [];
  for (let i = 0; i < s.length; i++) {
    const full = PUNCT[s[i] ?? ''];
    if (!full || skip.has(i) || !CHINESE.test(s[i - 1] ?? '')) continue;
    const next = neighbour(s, i, 1);
    if (!(CHINESE.test(next) || (next === '' && (s[i] === '?' || s[i] === '!')))) continue;
    let j = i + 1;
    while (j < s.length && s[j] === ' ' && units[j]?.fixable === true) j++;
    const repl = new Map<number, string>([[i, full]]);
    for (let k = i + 1; k < j; k++) repl.set(k, '');
    out.push(slip(ctx, 'punct', i, i + 1, repl));
  }
  return out;
}

/** it's, 校长's: a letter before and a short English ending after (s, t, re, ll, ve, d, m). */
function isApostrophe(s: string, i: number): boolean {
  return /\p{L}/u.test(s[i - 1] ?? '') && /^(?:s|t|re|ll|ve|d|m)(?![A-Za-z])/i.test(s.slice(i + 1));
}
