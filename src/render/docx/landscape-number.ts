/**
 * The 页码 of a landscape 附件 page where the PDF puts it [7.5, 8]: the page is printed turned, its top edge
 * along the sheet's left edge, so the number stands at the same place on the sheet as on a portrait page —
 * along the landscape page's left edge, turned a quarter clockwise. A one-cell floating table in the footer,
 * anchored to the page, holds it; its cell's text runs top to bottom (`tbRl`).
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  HeightRule,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlignTable,
  WidthType,
  OverlapType,
} from 'docx';
import type { ISectionOptions } from 'docx';
import { pageNumberFont } from './fonts.js';
import { CHAR_SIHAO, footerDistance, PORTRAIT_MARGIN, PORTRAIT_TEXT_WIDTH, SIZE } from './geometry.js';
import { PORTRAIT_MARGINS_MM } from '../typeset/gbt9704.js';
import type { PaintContext } from './text.js';

type Footers = NonNullable<ISectionOptions['footers']>;

const none = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
/** One 四号 line, exactly: the page number's line box, as on portrait pages. */
const LINE = SIZE.sihao * 10;
/** The paragraph a footer needs after a table: 1 pt high, so the footer stays out of the 版心. */
const TAIL = 20;

/**
 * Sheet (portrait) point (x, y) lies at (pageWidth − y, x) on the landscape page. The portrait number's line
 * box starts `footerDistance + LINE` above the sheet's bottom edge, so on the landscape page its left edge
 * is `footerDistance` from the page's left edge; along the line it spans the portrait 版心 width, from 28 mm.
 */
const LEFT = footerDistance(PORTRAIT_MARGINS_MM.bottom);
const TOP = PORTRAIT_MARGIN.left;

/** "— N —" turned, odd pages toward the sheet's right (the landscape page's foot), even toward its left. */
function numberTable(ctx: PaintContext, odd: boolean): Table {
  const paragraph = new Paragraph({
    alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: odd ? { right: CHAR_SIHAO } : { left: CHAR_SIHAO },
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: pageNumberFont(ctx.profile), size: SIZE.sihao })],
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: LINE, type: WidthType.DXA },
    columnWidths: [LINE],
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      verticalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: LEFT,
      absoluteVerticalPosition: TOP,
      overlap: OverlapType.OVERLAP,
    },
    margins: { left: 0, right: 0, top: 0, bottom: 0, marginUnitType: WidthType.DXA },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        height: { value: PORTRAIT_TEXT_WIDTH, rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: LINE, type: WidthType.DXA },
            textDirection: TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT,
            verticalAlign: VerticalAlignTable.CENTER,
            children: [paragraph],
          }),
        ],
      }),
    ],
  });
}

const tail = (): Paragraph => new Paragraph({ spacing: { line: TAIL, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] });

/** Odd (default) and even footers of the landscape section, the number turned at its sheet position. */
export function landscapeNumberFooters(ctx: PaintContext): Footers {
  return {
    default: new Footer({ children: [numberTable(ctx, true), tail()] }),
    even: new Footer({ children: [numberTable(ctx, false), tail()] }),
  };
}
