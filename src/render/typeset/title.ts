/**
 * Balanced wrapping of a 公文 title (GB/T 9704 §7.3.1: 词意完整，排列对称，梯形或菱形): lines of at most
 * 20 characters of 二号 in the 156 mm 版心, never breaking inside 《…》 or a word when that can be avoided.
 */
import { NO_END, NO_START } from './punctuation.js';
import { isHalfWidth } from './width.js';
import { wordStarts } from './words.js';

/** 156 mm = 442 pt holds 20 characters of 22 pt (二号). */
export const TITLE_LINE_UNITS = 20;
/** Widths are counted in half characters so ASCII (half width) stays an integer. */
const LINE = TITLE_LINE_UNITS * 2;

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
  const offsets = chars.map((ch) => { const at = offset; offset += ch.length; return at; });
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

interface Layout { readonly score: Score; readonly ends: readonly number[] }

/** Cheapest cut of the text into `count` lines whose widths lie in [lo, hi]; ties keep the first lines longer. */
function cheapest(prefix: readonly number[], scores: readonly Score[], count: number, lo: number, hi: number): Layout | undefined {
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
        if (!old || compare(score, old.score) <= 0) here[p] = { score, ends: [e, ...rest.ends] };
      }
    }
    next = here;
  }
  return next[0];
}

/** Wrap a title into balanced lines; `keep` are extra words (issuer, region) not to split. */
export function wrapTitle(text: string, keep: readonly string[] = []): string[] {
  const chars = Array.from(text);
  const prefix = chars.reduce((acc, ch) => [...acc, (acc.at(-1) ?? 0) + halfWidth(ch)], [0]);
  const total = prefix.at(-1) ?? 0;
  if (total <= LINE) return [text];
  const scores = breakScores(chars, keep);
  const minimum = Math.ceil(total / LINE);
  const options = [minimum, minimum + 1]
    .map((count) => ({ count, best: cheapest(prefix, scores, count, 1, LINE) }))
    .filter((o): o is { count: number; best: Layout } => o.best !== undefined);
  const rank = (o: { count: number; best: Layout }): number[] => [...o.best.score.slice(0, 2), o.count, ...o.best.score.slice(2)];
  const chosen = options.sort((a, b) => compare(rank(a), rank(b)))[0];
  if (!chosen) return [text];
  return balance(prefix, scores, chosen.count, chosen.best.score).map((end, i, ends) => chars.slice(ends[i - 1] ?? 0, end).join(''));
}

/**
 * Narrowest band of line widths that keeps the cheapest 避头尾, 《…》 and term score; a band up to WORD_SLACK
 * wider may be taken to split fewer words; then the fewest short-before-long lines.
 */
function balance(prefix: readonly number[], scores: readonly Score[], count: number, target: Score): readonly number[] {
  const total = prefix.at(-1) ?? 0;
  const average = Math.ceil(total / count);
  let best: { word: number; shape: number; ends: readonly number[] } | undefined;
  let first: number | undefined;
  for (let spread = 0; spread <= LINE && (first === undefined || spread <= first + WORD_SLACK); spread += 1) {
    for (let lo = Math.max(1, average - spread); lo <= Math.min(average, LINE - spread); lo += 1) {
      const found = cheapest(prefix, scores, count, lo, lo + spread);
      if (!found || compare(found.score.slice(0, 3), target.slice(0, 3)) !== 0) continue;
      first ??= spread;
      const widths = found.ends.map((e, i) => (prefix[e] ?? 0) - (prefix[found.ends[i - 1] ?? 0] ?? 0));
      const shape = widths.slice(1).filter((w, i) => w > (widths[i] ?? 0)).length;
      const word = found.score[3];
      if (!best || word < best.word || (word === best.word && shape < best.shape)) best = { word, shape, ends: found.ends };
    }
  }
  return best?.ends ?? [prefix.length - 1];
}
