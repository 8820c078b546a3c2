/**
 * 版记 [7.4] at the foot of its own last page: 抄送, then 印发机关 left and 印发日期 right, between a thick
 * line, a thin line and a thick line. A one-column table draws the lines across the whole 版心 width; an
 * empty paragraph's space before pushes it down on its fresh page, which LibreOffice lays out as Word
 * does (it ignores section bottom alignment, and frames import unevenly).
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TabStopType, WidthType } from 'docx';
import type { Colophon } from '../../model/index.js';
import { BORDER, CHAR_SIHAO, LINE_PITCH, PORTRAIT_TEXT_HEIGHT, PORTRAIT_TEXT_WIDTH, SIZE, textWidthInChars } from './geometry.js';
import { gridSpacing, textRun, type PaintContext } from './text.js';

const line = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000' });
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
/** Text width of a 版记 line: 版心 less 一字 on each side, in 四号 characters. */
const CHARS_PER_LINE = (PORTRAIT_TEXT_WIDTH - 2 * CHAR_SIHAO) / CHAR_SIHAO;
/** The final paragraph Word needs after a table: 1 pt high. */
const TAIL_HEIGHT = 20;
/** Room for the three lines' widths and rounding, so the 版记 never spills onto another page. */
const SLACK = 60;

/** "抄送：A，B。" with wrapped lines aligned after "抄送：" [7.4.2]. */
function copyToParagraph(ctx: PaintContext, text: string): Paragraph {
  const colon = text.indexOf('：');
  const hang = colon >= 0 ? textWidthInChars(text.slice(0, colon + 1)) * CHAR_SIHAO : 0;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: gridSpacing(),
    indent: { left: CHAR_SIHAO + hang, hanging: hang, right: CHAR_SIHAO },
    children: [textRun(ctx, text, 'fang', { size: SIZE.sihao })],
  });
}

/** 印发机关 flush left and 印发日期 ("2020年10月26日印发") flush right, each 一字 from the edge [7.4.3]. */
function printParagraph(ctx: PaintContext, colophon: Colophon): Paragraph {
  const date = colophon.printDate.endsWith('印发') ? colophon.printDate : `${colophon.printDate}印发`;
  return new Paragraph({
    spacing: gridSpacing(),
    indent: { left: CHAR_SIHAO, right: CHAR_SIHAO },
    tabStops: [{ type: TabStopType.RIGHT, position: PORTRAIT_TEXT_WIDTH - CHAR_SIHAO }],
    children: [textRun(ctx, `${colophon.printedBy ?? ''}\t${date}`, 'fang', { size: SIZE.sihao })],
  });
}

/** Lines a 四号 paragraph takes in the 版记 width. */
function linesOf(text: string): number {
  return Math.max(1, Math.ceil(textWidthInChars(text) / CHARS_PER_LINE));
}

function row(paragraph: Paragraph, top: number, bottom: number): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        borders: { top: line(top), bottom: line(bottom), left: none, right: none },
        children: [paragraph],
      }),
    ],
  });
}

/** The paragraph Word needs after a table, 1 pt high so it never starts a page of its own. */
export function tailParagraph(): Paragraph {
  return new Paragraph({ spacing: { line: TAIL_HEIGHT, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] });
}

/** The last section's content: spacer, the 版记 table, and the 1 pt paragraph that must follow a table. */
export function colophonBlocks(ctx: PaintContext, colophon: Colophon): (Paragraph | Table)[] {
  const rows: TableRow[] = [];
  let lines = 1;
  if (colophon.copyTo) {
    rows.push(row(copyToParagraph(ctx, colophon.copyTo), BORDER.thick, BORDER.thin));
    lines += linesOf(colophon.copyTo);
  }
  rows.push(row(printParagraph(ctx, colophon), rows.length > 0 ? BORDER.thin : BORDER.thick, BORDER.thick));
  const spacer = PORTRAIT_TEXT_HEIGHT - lines * LINE_PITCH - TAIL_HEIGHT - SLACK;
  return [
    // Space before, not one tall exact line: LibreOffice drops a line height that large.
    new Paragraph({ spacing: { before: spacer - LINE_PITCH, line: LINE_PITCH, lineRule: LineRuleType.EXACT, after: 0 }, children: [] }),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [PORTRAIT_TEXT_WIDTH],
      margins: { left: 0, right: 0, top: 0, bottom: 0, marginUnitType: WidthType.DXA },
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows,
    }),
    tailParagraph(),
  ];
}
