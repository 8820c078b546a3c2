/** Breaks Chinese text into lines by measured width with the 避头尾 rules (pdfkit's own wrapping splits on spaces). */
import { NO_END, NO_START } from './punctuation.js';
import { wordStarts } from './words.js';

/** Width of a string as it will be drawn (e.g. pdfkit's `widthOfString` with the same characterSpacing). */
export type Measure = (text: string) => number;

/** A Latin word or number, with inner separators: 2020, 174, 3.5, 2020-10-26, 10:30, PDF/A, 50%. */
const LATIN_RUN = /[A-Za-z0-9]+(?:[.,:/\-_'][A-Za-z0-9]+)*%?/y;

const BOOK_PENALTY = 1; // breaking inside 《…》 is worse than any imbalance a title can have
const WORD_PENALTY = 0.03; // worth shifting a two-line title by about two characters
const TERM_PENALTY = 0.2; // a term (义务教育领域, the issuer) is kept whole at the cost of a plainly uneven title
const TRAPEZOID_WEIGHT = 0.5; // a longer line under a shorter one costs a little
/** Longer texts than this (in atoms) are not balanced but filled greedily: the search grows with the square. */
const MAX_BALANCED_ATOMS = 400;

/**
 * `words`: how many atoms a line may give up to end between words (Intl.Segmenter) rather than inside one;
 * 0 (the default, for 正文 on the character grid) breaks anywhere 避头尾 allows, Infinity only between words
 * when any fits (table headers: 公开/对象, never 公开对/象).
 */
export interface BreakOptions {
  readonly words?: number;
}

/** An unbreakable unit: one character, a Latin run, or a space; `at` is its UTF-16 offset. */
interface Atom {
  readonly text: string;
  readonly at: number;
}

function tokenize(text: string): Atom[] {
  const atoms: Atom[] = [];
  let at = 0;
  while (at < text.length) {
    LATIN_RUN.lastIndex = at;
    const run = LATIN_RUN.exec(text)?.[0] ?? String.fromCodePoint(text.codePointAt(at)!);
    atoms.push({ text: run, at });
    at += run.length;
  }
  return atoms;
}

const isSpace = (atom: Atom | undefined): boolean => atom !== undefined && atom.text === ' ';

/** Whether a line may end after `before` and the next begin with `after`. */
function canBreak(before: Atom, after: Atom): boolean {
  return !NO_END.has(before.text.slice(-1)) && !NO_START.has(String.fromCodePoint(after.text.codePointAt(0)!));
}

/** The text of a line: atoms joined, spaces at the wrap points dropped. */
function lineText(atoms: readonly Atom[]): string {
  return atoms.map((atom) => atom.text).join('').replace(/^ +| +$/g, '');
}

/** Where to cut `line` so that `next` can follow: the carry is line[k..]; pulls characters down for 避头尾. */
function chooseCut(line: readonly Atom[], next: Atom, maxWidth: number, measure: Measure, words?: WordCut): number {
  if (words) {
    for (let k = line.length; k >= Math.max(1, line.length - words.back); k--) {
      const carry = [...line.slice(k), next];
      if (k < line.length && measure(lineText(carry)) > maxWidth) break;
      if (canBreak(line[k - 1]!, carry[0]!) && words.starts.has(carry[0]!.at)) return k;
    }
  }
  for (let k = line.length; k >= 1; k--) {
    const carry = [...line.slice(k), next];
    if (k < line.length && measure(lineText(carry)) > maxWidth) break;
    if (canBreak(line[k - 1]!, carry[0]!)) return k;
  }
  return line.length; // no legal cut: the width wins over the rule
}

/** Word starts of the paragraph and how far back a cut may go to reach one. */
interface WordCut {
  readonly starts: ReadonlySet<number>;
  readonly back: number;
}

function breakParagraph(text: string, maxWidth: number, measure: Measure, options: BreakOptions = {}): string[] {
  const words = options.words ? { starts: wordStarts(text), back: options.words } : undefined;
  const lines: string[] = [];
  const pending = tokenize(text);
  let line: Atom[] = [];
  for (let i = 0; i < pending.length; i++) {
    const atom = pending[i]!;
    if (atom.text.length > 1 && measure(atom.text) > maxWidth) {
      pending.splice(i, 1, ...[...atom.text].map((char, j) => ({ text: char, at: atom.at + j }))); // too long for any line
      i--;
      continue;
    }
    if (line.length === 0 || measure(lineText([...line, atom])) <= maxWidth) {
      if (!(line.length === 0 && isSpace(atom) && lines.length > 0)) line.push(atom);
      continue;
    }
    if (isSpace(atom)) {
      lines.push(lineText(line));
      line = [];
      continue;
    }
    const cut = chooseCut(line, atom, maxWidth, measure, words);
    lines.push(lineText(line.slice(0, cut)));
    line = [...line.slice(cut), atom];
    while (isSpace(line[0])) line.shift();
  }
  lines.push(lineText(line));
  return lines;
}

/** Splits on '\n' and fills each paragraph greedily up to `maxWidth`; an empty paragraph gives one empty line. */
export function breakLines(text: string, maxWidth: number, measure: Measure, options: BreakOptions = {}): string[] {
  return text.split(/\r?\n/).flatMap((paragraph) => breakParagraph(paragraph, maxWidth, measure, options));
}

/**
 * The characterSpacing that makes `charsPerLine` full-width characters fill `lineWidth` exactly: pdfkit
 * adds it between characters (n − 1 gaps), e.g. 28 × 16 pt in 442.2 pt → −0.2148 pt.
 */
export function gridSpacing(charsPerLine: number, fontSize: number, lineWidth: number): number {
  return charsPerLine > 1 ? (lineWidth - charsPerLine * fontSize) / (charsPerLine - 1) : 0;
}

/** The cost of breaking before atom k (1 ≤ k < n): Infinity when 避头尾 forbids it. */
function breakPenalties(text: string, atoms: readonly Atom[], keep: readonly string[]): number[] {
  const words = wordStarts(text);
  const terms = wordStarts(text, keep);
  let depth = 0;
  return atoms.map((atom, k) => {
    const before = atoms[k - 1];
    const inBook = depth > 0 && atom.text !== '》';
    if (atom.text === '《') depth++;
    if (atom.text === '》') depth = Math.max(0, depth - 1);
    if (before === undefined || !canBreak(before, atom)) return Infinity;
    return (inBook ? BOOK_PENALTY : 0) + (words.has(atom.at) ? 0 : WORD_PENALTY) + (terms.has(atom.at) ? 0 : TERM_PENALTY);
  });
}

/** For one count of lines: (start, end) of the last line → its cheapest total cost and the previous line's start. */
type Table = Map<number, Map<number, { cost: number; from: number }>>;

/** Adds one line to every layout in `previous` (a Knuth–Plass-style search, titles being short). */
function extend(
  previous: Table,
  n: number,
  cost: (h: number, i: number, j: number) => number,
  fits: (i: number, j: number) => boolean,
): Table {
  const table: Table = new Map();
  for (const [h, ends] of previous) {
    for (const [i, entry] of ends) {
      const row = table.get(i) ?? new Map<number, { cost: number; from: number }>();
      for (let j = i + 1; j <= n && fits(i, j); j++) {
        const total = entry.cost + cost(h, i, j);
        if (total < (row.get(j)?.cost ?? Infinity)) row.set(j, { cost: total, from: h });
      }
      table.set(i, row);
    }
  }
  return table;
}

/** The lines of the cheapest layout, read back from its last line through each table's `from`. */
function traceBack(tables: readonly Table[], atoms: readonly Atom[], last: { start: number; from: number }): string[] {
  const lines: string[] = [];
  let { start, from } = last;
  for (let level = tables.length - 1, end = atoms.length; level >= 1; level--) {
    lines.unshift(lineText(atoms.slice(start, end)));
    const previous = tables[level - 1]!.get(from)?.get(start);
    [end, start, from] = [start, from, previous?.from ?? 0];
  }
  return lines;
}

function balanceParagraph(text: string, maxWidth: number, measure: Measure, keep: readonly string[]): string[] {
  const greedy = breakParagraph(text, maxWidth, measure);
  const atoms = tokenize(text);
  const n = atoms.length;
  if (greedy.length <= 1 || n > MAX_BALANCED_ATOMS) return greedy;
  const penalty = breakPenalties(text, atoms, keep);
  const widths = new Map<number, number>();
  const width = (i: number, j: number): number => {
    const key = i * (n + 1) + j;
    if (!widths.has(key)) widths.set(key, measure(lineText(atoms.slice(i, j))) / maxWidth);
    return widths.get(key)!;
  };
  const fits = (i: number, j: number): boolean => width(i, j) <= 1 + 1e-9;
  const cost = (h: number, i: number, j: number): number => {
    if (j < n && penalty[j] === Infinity) return Infinity;
    if (i === 0) return width(i, j) ** 2;
    const rise = Math.max(0, width(i, j) - width(h, i));
    return penalty[i]! + width(i, j) ** 2 + TRAPEZOID_WEIGHT * rise ** 2;
  };
  const tables: Table[] = [new Map([[0, new Map([[0, { cost: 0, from: 0 }]])]])];
  for (let count = 1; count <= greedy.length; count++) {
    tables.push(extend(tables[count - 1]!, n, cost, fits));
    const finals = [...tables[count]!].flatMap(([start, row]) => {
      const entry = row.get(n);
      return entry && entry.cost < Infinity ? [{ start, ...entry }] : [];
    });
    if (finals.length === 0) continue;
    return traceBack(tables, atoms, finals.reduce((a, b) => (b.cost < a.cost ? b : a)));
  }
  return greedy;
}

/**
 * Title lines (GB/T 9704 7.3.1): the fewest lines, as equal in width as possible, ties going to the longer
 * line first (梯形), avoiding breaks inside 《…》 and inside words; '\n' forces a break.
 */
export function balanceTitleLines(text: string, maxWidth: number, measure: Measure, keep: readonly string[] = []): string[] {
  return text.split(/\r?\n/).flatMap((paragraph) => balanceParagraph(paragraph, maxWidth, measure, keep));
}
