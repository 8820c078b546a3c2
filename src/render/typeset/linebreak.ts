/**
 * Breaks Chinese text into lines by measured width with the 避头尾 rules (pdfkit's own wrapping splits on spaces);
 * titles are balanced in title.ts.
 */
import { NO_END, NO_START } from './punctuation.js';
import { wordStarts } from './words.js';

/** Width of a string as it will be drawn (e.g. pdfkit's `widthOfString` with the same characterSpacing). */
export type Measure = (text: string) => number;

/** A Latin word or number, with inner separators: 2020, 174, 3.5, 2020-10-26, 10:30, PDF/A, 50%. */
const LATIN_RUN = /[A-Za-z0-9]+(?:[.,:/\-_'][A-Za-z0-9]+)*%?/y;

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
  return atoms
    .map((atom) => atom.text)
    .join('')
    .replace(/^ +| +$/g, '');
}

/** Where to cut `line` so that `next` can follow: the carry is line[k..]; pulls characters down for 避头尾. */
function chooseCut(line: readonly Atom[], next: Atom, maxWidth: number, measure: Measure, words?: WordCut): number {
  if (words) {
    for (let k = line.length; k >= Math.max(1, line.length - words.back); k--) {
      const carry = [...line.slice(k), next];
      if (k < line.length && measure(lineText(carry)) > maxWidth) break;
      if (canBreak(line[k - 1]!, carry[0]!) && words.starts.has(carry[0]!.at) && !isRunt(words.text, carry[0]!.at)) return k;
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
  readonly text: string;
  readonly starts: ReadonlySet<number>;
  readonly back: number;
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether a line starting at `at` would begin with one hanzi cut from the hanzi before it and then closing
 * punctuation — 法》 of 《中华人民共和国教育 / 法》, 的。 — a word boundary to the segmenter (教育/法), but a
 * runt a reader sees as a broken name; a cut between words further back is preferred.
 */
function isRunt(text: string, at: number): boolean {
  const [before, first, after] = [text[at - 1] ?? '', text[at] ?? '', text[at + 1] ?? ''];
  return NO_START.has(after) && HAN.test(first) && HAN.test(before);
}

function breakParagraph(text: string, maxWidth: number, measure: Measure, options: BreakOptions = {}): string[] {
  const words = options.words ? { text, starts: wordStarts(text), back: options.words } : undefined;
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
