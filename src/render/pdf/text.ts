/** Setting text with pdfkit on our own terms: measured widths, our line breaking, explicit baselines and runs. */
import type { FontRole, Run } from '../../model/index.js';
import { breakLines, gridSpacing, type BreakOptions, type Measure } from '../typeset/index.js';
import { isHalfWidth } from '../typeset/width.js';
import { BLACK, CHARS_PER_LINE, PORTRAIT_FRAME, SIZE } from './geometry.js';

export type Pdf = PDFKit.PDFDocument;

/** What every painter needs: the document, the font registered for each role, and the page count so far. */
export interface PaintContext {
  readonly pdf: Pdf;
  readonly fontNames: Readonly<Record<FontRole, string>>;
  /** Number of pages added so far, i.e. the current page's number. */
  pages: number;
  /** Advance width of each character per role and size, measured once per font set (pdfkit shapes every string it measures). */
  readonly advances: Map<string, number>;
}

/** How a piece of text is set. */
export interface Style {
  readonly role: FontRole;
  readonly size: number;
  /** Extra space after each character (pdfkit's characterSpacing). */
  readonly spacing?: number;
  readonly color?: string;
}

/** characterSpacing that puts 28 三号 characters exactly across the 156 mm line [5.2.3]. */
export const GRID_SPACING = gridSpacing(CHARS_PER_LINE, SIZE.sanhao, PORTRAIT_FRAME.width);
/** One character of the body grid: the unit of every "空N字". */
export const GRID_CHAR = SIZE.sanhao + GRID_SPACING;
/** 三号 仿宋 on the grid: the style of the 正文. */
export const BODY: Style = { role: 'fang', size: SIZE.sanhao, spacing: GRID_SPACING };
/** Rounding slack so that a line of exactly 28 characters still fits its 442.2 pt. */
const FIT_SLACK = 0.01;

function useStyle(ctx: PaintContext, style: Style): void {
  ctx.pdf.font(ctx.fontNames[style.role]).fontSize(style.size);
}

function advance(ctx: PaintContext, char: string, style: Style): number {
  const key = `${style.role}|${style.size}|${char}`;
  let width = ctx.advances.get(key);
  if (width === undefined) {
    useStyle(ctx, style);
    width = ctx.pdf.widthOfString(char);
    ctx.advances.set(key, width);
  }
  return width;
}

/**
 * Drawn width of `text`: glyph advances plus the spacing between characters (none after the last).
 * Summed per character, which for hanzi, digits and punctuation equals pdfkit's shaped width and only
 * leaves out Latin letters' kerning (a line of them measures a little wide, never too narrow).
 */
export function widthOf(ctx: PaintContext, text: string, style: Style): number {
  let width = 0;
  let count = 0;
  for (const char of text) {
    width += advance(ctx, char, style);
    count += 1;
  }
  return count === 0 ? 0 : width + (style.spacing ?? 0) * (count - 1);
}

export function measureWith(ctx: PaintContext, style: Style): Measure {
  return (text) => widthOf(ctx, text, style);
}

/** Our 避头尾 line breaking for one style within `width` points (`options.words`: prefer word boundaries). */
export function breakText(ctx: PaintContext, text: string, width: number, style: Style, options: BreakOptions = {}): string[] {
  const cache = lineCacheFor(ctx.advances);
  const key = `${style.role}|${style.size}|${style.spacing ?? 0}|${width}|${options.words ?? 0}|${text}`;
  let lines = cache.get(key);
  if (lines === undefined) {
    lines = breakLines(text, width + FIT_SLACK, measureWith(ctx, style), options);
    if (cache.size >= LINE_CACHE_MAX) cache.clear();
    cache.set(key, lines);
  }
  return [...lines];
}

/**
 * Broken lines per font set (the advances map stands for it), style, width and text: the table's cells repeat
 * (公开主体, 公开渠道 …), and the notice and the filing, and a server's next county, set the same texts again.
 */
const lineCaches = new WeakMap<ReadonlyMap<string, number>, Map<string, readonly string[]>>();
const LINE_CACHE_MAX = 20_000;

function lineCacheFor(advances: ReadonlyMap<string, number>): Map<string, readonly string[]> {
  let cache = lineCaches.get(advances);
  if (cache === undefined) {
    cache = new Map();
    lineCaches.set(advances, cache);
  }
  return cache;
}

/** Draws one line with its baseline at `baseline`; pdfkit never wraps or adds pages here. */
export function drawText(ctx: PaintContext, text: string, x: number, baseline: number, style: Style): void {
  if (text === '') return;
  useStyle(ctx, style);
  ctx.pdf.fillColor(style.color ?? BLACK).text(text, x, baseline, {
    lineBreak: false,
    baseline: 'alphabetic',
    characterSpacing: style.spacing ?? 0,
  });
}

/** A piece of one line in one role. */
export interface Segment {
  readonly text: string;
  readonly role: FontRole;
}

/** One broken line of a run paragraph: its pieces, how far in it starts, and whether more lines follow. */
export interface RunLine {
  readonly indent: number;
  readonly segments: readonly Segment[];
  readonly last: boolean;
}

/** The pieces of `line`, which starts at offset `at` of the runs joined together. */
function segmentsAt(runs: readonly Run[], at: number, length: number): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (const run of runs) {
    const end = start + run.text.length;
    const from = Math.max(at, start);
    const to = Math.min(at + length, end);
    if (from < to) segments.push({ text: run.text.slice(from - start, to - start), role: run.role });
    start = end;
  }
  return segments;
}

/** A full-width character a role's font sets narrower than this share of the body font's is drawn in the body font. */
const NARROW_SHARE = 0.9;

/**
 * The segments with every full-width character that the segment's font sets narrow drawn in the body font
 * instead: lines are measured in the body font, and LXGW WenKai (the bundled 楷体) gives “ ” ‘ ’ Latin,
 * proportional advances, so a 楷体 heading such as （一）未列入二级事项“…”。 was drawn short of its measured
 * width, its quotes squeezed against the text.
 */
function bodyWidthSegments(ctx: PaintContext, segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    for (const char of segment.text) {
      const narrow =
        segment.role !== BODY.role && !isHalfWidth(char) && advance(ctx, char, { ...BODY, role: segment.role }) < NARROW_SHARE * advance(ctx, char, BODY);
      const role = narrow ? BODY.role : segment.role;
      const last = out.at(-1);
      if (last && last.role === role) out[out.length - 1] = { text: last.text + char, role };
      else out.push({ text: char, role });
    }
  }
  return out;
}

/**
 * Breaks a paragraph of runs on the grid (measured in the body font: hanzi are one em in every role),
 * the first line `indentChars` characters in, the others flush left.
 */
export function breakRuns(ctx: PaintContext, runs: readonly Run[], indentChars: number, width: number): RunLine[] {
  const text = runs.map((run) => run.text).join('');
  const prefix = '\u3000'.repeat(indentChars);
  const lines = breakText(ctx, prefix + text, width, BODY);
  let cursor = 0;
  return lines.map((line, i) => {
    const own = i === 0 ? line.slice(prefix.length) : line;
    const at = text.indexOf(own, cursor);
    cursor = at + own.length;
    const indent = i === 0 ? indentChars * GRID_CHAR : 0;
    return { indent, segments: bodyWidthSegments(ctx, segmentsAt(runs, at, own.length)), last: i === lines.length - 1 };
  });
}

/** Justification never stretches a line by more than half a character a gap (a line cut short by a long Latin word stays ragged). */
const MAX_STRETCH = SIZE.sanhao / 2;

/**
 * Draws the segments of one line one after another, each in its role's font, on the body grid; given
 * `justifyWidth`, the spacing grows so the line fills exactly that width (align: 'justify' does nothing for hanzi).
 */
export function drawSegments(ctx: PaintContext, segments: readonly Segment[], x: number, baseline: number, justifyWidth?: number): void {
  const natural = segments.reduce((sum, seg) => sum + widthOf(ctx, seg.text, { ...BODY, role: seg.role }), 0);
  const chars = segments.reduce((sum, seg) => sum + [...seg.text].length, 0);
  const gaps = chars - 1;
  const slack = justifyWidth === undefined || gaps <= 0 ? 0 : (justifyWidth - natural - (segments.length - 1) * GRID_SPACING) / gaps;
  const spacing = GRID_SPACING + (slack > 0 && slack <= MAX_STRETCH ? slack : 0);
  let left = x;
  for (const segment of segments) {
    const style: Style = { ...BODY, role: segment.role, spacing };
    drawText(ctx, segment.text, left, baseline, style);
    left += widthOf(ctx, segment.text, style) + spacing;
  }
}
