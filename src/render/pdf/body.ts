/** The blocks of the 公文 body (版头 to 附注) on the portrait 22 × 28 grid, placed as GB/T 9704 §7.2–7.3 says. */
import type { Block } from '../../model/index.js';
import { addPortraitPage } from './chrome.js';
import {
  EM_ASCENT,
  LINE_PITCH,
  LINES_PER_PAGE,
  MASTHEAD_OFFSET,
  PORTRAIT_FRAME,
  RED,
  RED_LINE_GAP,
  SIZE,
  STROKE,
  rowAtOrBelow,
  rowBaseline,
  rowTop,
} from './geometry.js';
import { DATE_RIGHT_CHARS, PARAGRAPH_INDENT_CHARS, SEAL_LINES } from '../typeset/gbt9704.js';
import { balanceTitle, titleUnits } from '../typeset/index.js';
import { endRow, MIN_LINES_AT_BREAK, pageStarts } from '../typeset/pages.js';
import { BODY, GRID_CHAR, GRID_SPACING, breakRuns, breakText, drawSegments, drawText, measureWith, widthOf, type PaintContext, type Style } from './text.js';

type BlockOf<K extends Block['kind']> = Extract<Block, { kind: K }>;

/** The next free grid line on the current page, and the baseline of the 发文字号 for the red line. */
interface Flow {
  row: number;
  numberBaseline?: number;
}

const { left: LEFT, width: WIDTH } = PORTRAIT_FRAME;
const RIGHT = LEFT + WIDTH;

/** The grid line for the next line of text, `blank` empty lines further on; blank lines never start a page. */
function lineAt(ctx: PaintContext, flow: Flow, blank = 0): number {
  let row = flow.row + blank;
  if (row >= LINES_PER_PAGE) {
    addPortraitPage(ctx);
    row = 0;
  }
  flow.row = row + 1;
  return row;
}

function centred(ctx: PaintContext, text: string, baseline: number, style: Style): void {
  drawText(ctx, text, LEFT + (WIDTH - widthOf(ctx, text, style)) / 2, baseline, style);
}

/** 发文机关标志: red 小标宋, 小初 at most and smaller when it would not fit; its top 35 mm into the 版心 [7.2.4]. */
function masthead(ctx: PaintContext, flow: Flow, block: BlockOf<'masthead'>): void {
  const natural = widthOf(ctx, block.text, { role: 'title', size: SIZE.xiaochu });
  const size = Math.min(SIZE.xiaochu, Math.floor((2 * SIZE.xiaochu * WIDTH) / Math.max(natural, 1)) / 2);
  const top = PORTRAIT_FRAME.top + MASTHEAD_OFFSET;
  centred(ctx, block.text, top + EM_ASCENT * size, { role: 'title', size, color: RED });
  flow.row = rowAtOrBelow(top + size);
}

/** 发文字号 two lines under the masthead [7.2.5]; 上行文: number one character in, 签发人 (仿宋 label, 楷体 name) one character from the right [7.2.6]. */
function docNumber(ctx: PaintContext, flow: Flow, block: BlockOf<'docNumber'>): void {
  const baseline = rowBaseline(lineAt(ctx, flow, 2));
  flow.numberBaseline = baseline;
  if (block.align === 'center') {
    if (block.number) centred(ctx, block.number, baseline, BODY);
    return;
  }
  if (block.number) drawText(ctx, block.number, LEFT + GRID_CHAR, baseline, BODY);
  if (!block.signer) return;
  const label = '签发人：';
  const name: Style = { ...BODY, role: 'kai' };
  const nameX = RIGHT - GRID_CHAR - widthOf(ctx, block.signer, name);
  drawText(ctx, block.signer, nameX, baseline, name);
  drawText(ctx, label, nameX - GRID_SPACING - widthOf(ctx, label, BODY), baseline, BODY);
}

/** The red line, 4 mm under the 发文字号 [7.2.7], or on a line of its own when there is no 发文字号. */
function redLine(ctx: PaintContext, flow: Flow): void {
  const y = flow.numberBaseline !== undefined ? flow.numberBaseline + (1 - EM_ASCENT) * SIZE.sanhao + RED_LINE_GAP : rowTop(lineAt(ctx, flow)) + LINE_PITCH / 2;
  ctx.pdf.save().lineWidth(STROKE.redLine).strokeColor(RED).moveTo(LEFT, y).lineTo(RIGHT, y).stroke().restore();
}

/**
 * 标题 two lines under the red line, 二号 小标宋 centred [7.3.1], in the layout's balanced lines (typeset's
 * balanceTitle, as the DOCX and HTML have them); re-balanced to the font's own width if a line is too wide.
 */
function title(ctx: PaintContext, flow: Flow, block: BlockOf<'title'>): void {
  const style: Style = { role: 'title', size: SIZE.erhao };
  const measure = measureWith(ctx, style);
  const given = block.lines.length > 0 ? block.lines : [block.text];
  const lines = given.every((line) => measure(line) <= WIDTH) ? given : balanceTitle(block.text, { units: titleUnits(WIDTH, measure('国')) });
  lines.forEach((line, i) => centred(ctx, line, rowBaseline(lineAt(ctx, flow, i === 0 ? 2 : 0), SIZE.erhao), style));
}

/** Lines flush left after `blank` empty lines, each on the next grid line. */
function plainLines(ctx: PaintContext, flow: Flow, lines: readonly string[], blank: number, x = LEFT): void {
  lines.forEach((line, i) => drawText(ctx, line, x, rowBaseline(lineAt(ctx, flow, i === 0 ? blank : 0)), BODY));
}

/**
 * A paragraph of runs, first line two characters in [7.3.3], split across pages with two lines at least on
 * each side (typeset/pages.ts); `carry` last lines start a new page.
 */
function paragraph(ctx: PaintContext, flow: Flow, runs: BlockOf<'paragraph'>['runs'], carry = 0): void {
  const lines = breakRuns(ctx, runs, PARAGRAPH_INDENT_CHARS, WIDTH);
  const starts = new Set(pageStarts(flow.row, lines.length));
  if (carry > 0) starts.add(lines.length - carry);
  lines.forEach((line, i) => {
    if (starts.has(i)) flow.row = LINES_PER_PAGE;
    const x = LEFT + line.indent;
    drawSegments(ctx, line.segments, x, rowBaseline(lineAt(ctx, flow)), line.last ? undefined : RIGHT - x);
  });
}

/** The lines of the 附件说明 after "附件：", and how far they hang. */
function attachmentLines(ctx: PaintContext, block: BlockOf<'attachmentNote'>): { label: string; hang: number; items: string[][] } {
  const label = `${block.label}：`;
  const hang = widthOf(ctx, label, BODY) + GRID_SPACING;
  const numbered = block.items.length > 1;
  const width = WIDTH - 2 * GRID_CHAR - hang;
  return { label, hang, items: block.items.map((item, i) => breakText(ctx, numbered ? `${i + 1}．${item}` : item, width, BODY)) };
}

/** 附件说明 one line under the text, two characters in; wrapped lines align after "附件：" [7.3.4]. */
function attachmentNote(ctx: PaintContext, flow: Flow, block: BlockOf<'attachmentNote'>): void {
  const x = LEFT + 2 * GRID_CHAR;
  const { label, hang, items } = attachmentLines(ctx, block);
  items.forEach((lines, i) => {
    lines.forEach((line, j) => {
      const baseline = rowBaseline(lineAt(ctx, flow, i === 0 && j === 0 ? 1 : 0));
      if (i === 0 && j === 0) drawText(ctx, label, x, baseline, BODY);
      drawText(ctx, line, x + hang, baseline, BODY);
    });
  });
}

/** Grid lines (blank ones included) a closing block takes: 附件说明, 署名 with the seal's room, 附注. */
function closingRows(ctx: PaintContext, block: Block): number {
  switch (block.kind) {
    case 'attachmentNote':
      return 1 + attachmentLines(ctx, block).items.reduce((n, l) => n + l.length, 0);
    case 'signature':
      return SEAL_LINES + 2;
    case 'annotation':
      return breakRuns(ctx, [{ text: block.text, role: 'fang' }], PARAGRAPH_INDENT_CHARS, WIDTH).length;
    default:
      return 0;
  }
}

/**
 * How many last lines of the last 正文 paragraph go to the next page so that the 附件说明, 署名, 成文日期 and
 * 附注 do not stand alone there (GB/T 9704 §7.3.5.5: 正文 lines are carried over with them); 0 when they fit.
 */
function carriedLines(ctx: PaintContext, flow: Flow, last: BlockOf<'paragraph'>, closing: readonly Block[]): number {
  const lines = breakRuns(ctx, last.runs, PARAGRAPH_INDENT_CHARS, WIDTH).length;
  const end = endRow(flow.row, lines); // the grid line after the paragraph's last
  const tail = closing.reduce((n, b) => n + closingRows(ctx, b), 0);
  if (end + tail <= LINES_PER_PAGE || tail >= LINES_PER_PAGE) return 0;
  // Two lines go over with the closing blocks; all of them when fewer than two would stay behind.
  const onPage = Math.min(lines, end);
  return onPage - MIN_LINES_AT_BREAK < MIN_LINES_AT_BREAK ? onPage : MIN_LINES_AT_BREAK;
}

/** 署名 centred over the 成文日期, the date four characters in from the right; kept on one page [7.3.5]. */
function signature(ctx: PaintContext, flow: Flow, block: BlockOf<'signature'>): void {
  if (flow.row + SEAL_LINES + 1 >= LINES_PER_PAGE) flow.row = LINES_PER_PAGE; // both lines go to the next page
  const issuerRow = lineAt(ctx, flow, SEAL_LINES);
  const dateRow = lineAt(ctx, flow);
  const dateWidth = widthOf(ctx, block.date, BODY);
  const dateX = RIGHT - DATE_RIGHT_CHARS * GRID_CHAR - dateWidth;
  const issuerWidth = widthOf(ctx, block.issuer, BODY);
  const issuerX = Math.min(dateX + (dateWidth - issuerWidth) / 2, RIGHT - issuerWidth);
  drawText(ctx, block.issuer, issuerX, rowBaseline(issuerRow), BODY);
  drawText(ctx, block.date, dateX, rowBaseline(dateRow), BODY);
}

function paintBlock(ctx: PaintContext, flow: Flow, block: Block, carry = 0): void {
  switch (block.kind) {
    case 'masthead':
      return masthead(ctx, flow, block);
    case 'docNumber':
      return docNumber(ctx, flow, block);
    case 'redLine':
      return redLine(ctx, flow);
    case 'title':
      return title(ctx, flow, block);
    case 'recipients':
      return plainLines(ctx, flow, breakText(ctx, block.text, WIDTH, BODY), 1);
    case 'paragraph':
      return paragraph(ctx, flow, block.runs, carry);
    case 'attachmentNote':
      return attachmentNote(ctx, flow, block);
    case 'signature':
      return signature(ctx, flow, block);
    case 'annotation':
      return paragraph(ctx, flow, [{ text: block.text, role: 'fang' }]);
  }
}

/** Paints the body from a new portrait page on, adding pages as the grid fills. */
export function paintBody(ctx: PaintContext, blocks: readonly Block[]): void {
  addPortraitPage(ctx);
  const flow: Flow = { row: 0 };
  const closingAt = blocks.findIndex((b) => b.kind === 'attachmentNote' || b.kind === 'signature');
  blocks.forEach((block, i) => {
    const last = i === closingAt - 1 && block.kind === 'paragraph';
    paintBlock(ctx, flow, block, last ? carriedLines(ctx, flow, block, blocks.slice(closingAt)) : 0);
    if (block.kind !== 'docNumber') delete flow.numberBaseline;
  });
}
