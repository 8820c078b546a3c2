/**
 * Balanced wrapping of a 公文 title (GB/T 9704 §7.3.1: 词意完整，排列对称，梯形或菱形): lines of at most
 * 20 characters of 二号 in the 156 mm 版心, never breaking inside 《…》 or a word when that can be avoided.
 */

/** 156 mm = 442 pt holds 20 characters of 22 pt (二号). */
export const TITLE_LINE_UNITS = 20;
/** Widths are counted in half characters so ASCII (half width) stays an integer. */
const LINE = TITLE_LINE_UNITS * 2;

/** Characters that may not start a line (避头) or end one (避尾). */
const NO_START = new Set(Array.from('。，、；：？！）》」』〕】”’·…—'));
const NO_END = new Set(Array.from('（《「『〔【“‘'));
/** Words of these titles that should stay whole; the issuer and region are added per title. */
const WORDS = [
  '义务教育', '领域', '基层', '政务公开', '校务公开', '标准目录', '标准指引', '教育局', '关于', '印发',
  '报送', '备案', '的通知', '的报告', '人民政府', '实验学校', '中心学校',
];

/**
 * What a break costs, compared in this order: breaking a 避头尾 rule, breaking inside 《…》, then (after
 * the number of lines) splitting a word. Balance and shape decide among the cheapest.
 */
type Score = readonly [rule: number, book: number, word: number];
const ZERO: Score = [0, 0, 0];
const add = (a: Score, b: Score): Score => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const compare = (a: readonly number[], b: readonly number[]): number => {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i < 0 ? 0 : (a[i] ?? 0) - (b[i] ?? 0);
};

const halfWidth = (ch: string): number => {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0x7e || (code >= 0xff61 && code <= 0xffdc) ? 1 : 2;
};

/** The cost of a break before chars[p], for every p. */
function breakScores(chars: readonly string[], words: readonly string[]): Score[] {
  const inWord = new Array<boolean>(chars.length + 1).fill(false);
  for (let i = 0; i < chars.length;) {
    const w = words.find((cand) => chars.slice(i, i + Array.from(cand).length).join('') === cand);
    const len = w ? Array.from(w).length : 1;
    for (let p = i + 1; p < i + len; p += 1) inWord[p] = true;
    i += len;
  }
  let depth = 0;
  return chars.map((ch, p) => {
    const rule = NO_START.has(ch) || NO_END.has(chars[p - 1] ?? '') ? 1 : 0;
    const score: Score = [rule, depth > 0 ? 1 : 0, inWord[p] ? 1 : 0];
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
  const words = [...keep.filter((w) => w.length > 1), ...WORDS].sort((a, b) => b.length - a.length);
  const scores = breakScores(chars, words);
  const minimum = Math.ceil(total / LINE);
  const options = [minimum, minimum + 1]
    .map((count) => ({ count, best: cheapest(prefix, scores, count, 1, LINE) }))
    .filter((o): o is { count: number; best: Layout } => o.best !== undefined);
  const chosen = options.sort((a, b) => compare([...a.best.score.slice(0, 2), a.count, a.best.score[2]], [...b.best.score.slice(0, 2), b.count, b.best.score[2]]))[0];
  if (!chosen) return [text];
  return balance(prefix, scores, chosen.count, chosen.best.score).map((end, i, ends) => chars.slice(ends[i - 1] ?? 0, end).join(''));
}

/** Narrowest band of line widths that keeps the cheapest score; among those, the fewest short-before-long lines. */
function balance(prefix: readonly number[], scores: readonly Score[], count: number, target: Score): readonly number[] {
  const total = prefix.at(-1) ?? 0;
  const average = Math.ceil(total / count);
  for (let spread = 0; spread <= LINE; spread += 1) {
    let best: { shape: number; ends: readonly number[] } | undefined;
    for (let lo = Math.max(1, average - spread); lo <= Math.min(average, LINE - spread); lo += 1) {
      const found = cheapest(prefix, scores, count, lo, lo + spread);
      if (!found || compare(found.score, target) !== 0) continue;
      const widths = found.ends.map((e, i) => (prefix[e] ?? 0) - (prefix[found.ends[i - 1] ?? 0] ?? 0));
      const shape = widths.slice(1).filter((w, i) => w > (widths[i] ?? 0)).length;
      if (!best || shape < best.shape) best = { shape, ends: found.ends };
    }
    if (best) return best.ends;
  }
  return [prefix.length - 1];
}
