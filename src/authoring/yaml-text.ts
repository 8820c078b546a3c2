/** Small helpers for writing YAML by hand, so generated files can carry comments where people need them. */
import { stringify } from '../vendor/yaml.js';
import { displayWidth, padEnd } from '../util/width.js';

/** A string as a one-line YAML scalar: plain when safe, quoted when YAML would misread it. */
export function scalar(value: string): string {
  const out = stringify(value, { lineWidth: 0 }).trimEnd();
  return out.includes('\n') ? JSON.stringify(value) : out;
}

/** `key: value`, or a block list `key:\n  - a\n  - b`, indented by `indent` spaces. */
export function field(indent: number, key: string, value: string | readonly string[]): string[] {
  const pad = ' '.repeat(indent);
  if (typeof value === 'string') return [`${pad}${key}: ${scalar(value)}`];
  return [`${pad}${key}:`, ...value.map((v) => `${pad}  - ${scalar(v)}`)];
}

/** Lines turned into comments (`# line`), keeping their indentation after the `# `. */
export function commented(lines: readonly string[]): string[] {
  return lines.map((l) => (l === '' ? '#' : `# ${l}`));
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 34 → 三十四 (enough for category numbers, 1–99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** A line of YAML with an optional trailing comment. */
export type Commented = readonly [code: string, comment?: string];

/** Lines with their trailing comments lined up in one column (display width, so CJK counts two). */
export function aligned(rows: readonly Commented[], maxColumn = 40): string[] {
  const widths = rows.filter(([, c]) => c !== undefined).map(([code]) => displayWidth(code));
  const column = Math.min(Math.max(0, ...widths), maxColumn) + 2;
  return rows.map(([code, comment]) => (comment === undefined ? code : `${padEnd(code, column - 2)}  # ${comment}`));
}
