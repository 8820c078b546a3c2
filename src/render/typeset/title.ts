/**
 * The one title balancer of every painter (PDF, DOCX, HTML): a 公文 title (GB/T 9704 §7.3.1: 词意完整，排列
 * 对称，梯形或菱形) in lines of at most 20 characters of 二号 in the 156 mm 版心 (28 in the 225 mm landscape
 * one), never breaking inside 《…》 or a word when that can be avoided.
 */
import { A4_MM, LANDSCAPE_MARGINS_MM, PORTRAIT_MARGINS_MM, ptToMm, SIZE_PT } from './gbt9704.js';
import { NO_END, NO_START } from './punctuation.js';
import { isHalfWidth } from './width.js';
import { wordStarts } from './words.js';

/** The portrait 版心, 156 mm = 442 pt, holds 20 characters of 22 pt (二号). */
export const TITLE_LINE_UNITS = titleUnits(A4_MM.width - PORTRAIT_MARGINS_MM.left - PORTRAIT_MARGINS_MM.right, ptToMm(SIZE_PT.erhao));
/** The landscape 附件 版心, 225 mm, holds 28 characters of 二号. */
export const LANDSCAPE_TITLE_LINE_UNITS = titleUnits(A4_MM.height - LANDSCAPE_MARGINS_MM.left - LANDSCAPE_MARGINS_MM.right, ptToMm(SIZE_PT.erhao));
/** Widths are counted in half characters so ASCII (half width) stays an integer. */
const HALVES_PER_CHAR = 2;

export interface TitleOptions {
  /** Extra words (issuer, region) not to split. */
  readonly keep?: readonly string[];
  /** Full-width characters a line holds: TITLE_LINE_UNITS in the portrait 版心. */
  readonly units?: number;
}

/** How many full-width characters of `size` fit in `width` (same unit), e.g. 442 pt / 22 pt → 20. */
export function titleUnits(width: number, size: number): number {
  return Math.max(1, Math.floor(width / size + 1e-6));
}

/**
 * What a break costs, compared in this order: breaking a 避头尾 rule, breaking inside 《…》, then (after
 * the number of lines) splitting a word. Balance and shape decide among the cheapest.
 */
type Score = readonly [rule: number, book: number, term: number, word: number];
const ZERO: Score = [0, 0, 0, 0];
const add = (a: Score, b: Score): Score => [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]];
/** A word (not a term) may cost this much balance, in half characters, before balance wins. */
const WORD_SLACK = 4;
const compare = (a: readonly number[], b: readonly number[]): number => {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i < 0 ? 0 : (a[i] ?? 0) - (b[i] ?? 0);
};

const halfWidth = (ch: string): number => (isHalfWidth(ch) ? 1 : 2);

/** The cost of a break before chars[p], for every p: inside a term (TERMS, `keep`), inside an Intl.Segmenter word. */
function breakScores(chars: readonly string[], keep: readonly string[]): Score[] {
  const text = chars.join('');
  const words = wordStarts(text);
  const terms = wordStarts(text, keep);
  let offset = 0;
  const offsets = chars.map((ch) => {
    const at = offset;
    offset += ch.length;
    return at;
  });
  let depth = 0;
  return chars.map((ch, p) => {
    const rule = NO_START.has(ch) || NO_END.has(chars[p - 1] ?? '') ? 1 : 0;
    const at = offsets[p] ?? 0;
    const term = p > 0 && !terms.has(at) ? 1 : 0;
    const score: Score = [rule, depth > 0 ? 1 : 0, term, p > 0 && !words.has(at) ? 1 : 0];
    if (ch === '《') depth += 1;
    if (ch === '》') depth = Math.max(0, depth - 1);
    return score;
  });
}

interface Layout {
  readonly score: Score;
  readonly ends: readonly number[];
}

/**
 * Cheapest cut of the text into `count` lines whose widths lie in [lo, hi]; ties keep the first lines longer,
 * or shorter with `shortFirst`.
 */
function cheapest(prefix: readonly number[], scores: readonly Score[], count: number, lo: number, hi: number, shortFirst = false): Layout | undefined {
  const n = prefix.length - 1;
  let next: (Layout | undefined)[] = Array.from({ length: n + 1 }, (_, p) => (p === n ? { score: ZERO, ends: [] } : undefined));
  for (let lines = 1; lines <= count; lines += 1) {
    const here: (Layout | undefined)[] = new Array(n + 1).fill(undefined);
    for (let p = 0; p < n; p += 1) {
      for (let e = p + 1; e <= n && (prefix[e] ?? 0) - (prefix[p] ?? 0) <= hi; e += 1) {
        const rest = next[e];
        if (!rest || (prefix[e] ?? 0) - (prefix[p] ?? 0) < lo) continue;
        const score = e < n ? add(rest.score, scores[e] ?? ZERO) : rest.score;
        const old = here[p];
        const order = old ? compare(score, old.score) : -1;
        if (order < 0 || (order === 0 && !shortFirst)) here[p] = { score, ends: [e, ...rest.ends] };
      }
    }
    next = here;
  }
  return next[0];
}

/**
 * A title in balanced lines (GB/T 9704 7.3.1): the fewest lines that keep 避头尾 and 《…》 whole, breaking
 * between words and terms, as equal as possible, shaped as a 梯形 (the longer line first) or a 菱形 (the
 * middle longest) — never an hourglass. '\n' forces a break.
 */
export function balanceTitle(text: string, options: TitleOptions = {}): string[] {
  const keep = options.keep ?? [];
  const line = (options.units ?? TITLE_LINE_UNITS) * HALVES_PER_CHAR;
  return text.split(/\r?\n/).flatMap((paragraph) => balanceParagraph(paragraph, keep, line));
}

function balanceParagraph(text: string, keep: readonly string[], line: number): string[] {
  const chars = Array.from(text);
  const prefix = chars.reduce((acc, ch) => [...acc, (acc.at(-1) ?? 0) + halfWidth(ch)], [0]);
  const total = prefix.at(-1) ?? 0;
  if (total <= line) return [text];
  const scores = breakScores(chars, keep);
  const minimum = Math.ceil(total / line);
  const options = [minimum, minimum + 1]
    .map((count) => ({ count, best: cheapest(prefix, scores, count, 1, line) }))
    .filter((o): o is { count: number; best: Layout } => o.best !== undefined);
  const rank = (o: { count: number; best: Layout }): number[] => [...o.best.score.slice(0, 2), o.count, ...o.best.score.slice(2)];
  const chosen = options.sort((a, b) => compare(rank(a), rank(b)))[0];
  if (!chosen) return [text];
  return balance(prefix, scores, chosen.count, chosen.best.score, line).map((end, i, ends) => chars.slice(ends[i - 1] ?? 0, end).join(''));
}

/** Lines shorter than both neighbours (an hourglass, 沙漏形), then lines longer than the one above. */
function shapeOf(widths: readonly number[]): [valleys: number, rises: number] {
  const valleys = widths.filter((w, i) => i > 0 && i < widths.length - 1 && w < (widths[i - 1] ?? 0) && w < (widths[i + 1] ?? 0)).length;
  const rises = widths.slice(1).filter((w, i) => w > (widths[i] ?? 0)).length;
  return [valleys, rises];
}

/**
 * Narrowest band of line widths that keeps the cheapest 避头尾, 《…》 and term score; a band up to WORD_SLACK
 * wider may be taken to split fewer words; then no hourglass, then the fewest short-before-long lines.
 */
function balance(prefix: readonly number[], scores: readonly Score[], count: number, target: Score, line: number): readonly number[] {
  const total = prefix.at(-1) ?? 0;
  const average = Math.ceil(total / count);
  let best: { rank: number[]; ends: readonly number[] } | undefined;
  let first: number | undefined;
  for (let spread = 0; spread <= line && (first === undefined || spread <= first + WORD_SLACK); spread += 1) {
    for (let lo = Math.max(1, average - spread); lo <= Math.min(average, line - spread); lo += 1) {
      for (const shortFirst of [false, true]) {
        const found = cheapest(prefix, scores, count, lo, lo + spread, shortFirst);
        if (!found || compare(found.score.slice(0, 3), target.slice(0, 3)) !== 0) continue;
        first ??= spread;
        const widths = found.ends.map((e, i) => (prefix[e] ?? 0) - (prefix[found.ends[i - 1] ?? 0] ?? 0));
        const [valleys, rises] = shapeOf(widths);
        const rank = [valleys, found.score[3], rises];
        if (!best || compare(rank, best.rank) < 0) best = { rank, ends: found.ends };
      }
    }
  }
  return best?.ends ?? [prefix.length - 1];
}
