/** Page set-up of the three sections (portrait body, landscape 附件, portrait 版记) and their "— 1 —" footers. */
import {
  AlignmentType,
  DocumentGridType,
  Footer,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { pageNumberFont } from './fonts.js';
import { A4, CHAR_SIHAO, footerDistance, gridCharSpace, LANDSCAPE_MARGIN, LINE_PITCH, mmToTwips, PORTRAIT_MARGIN, SIZE } from './geometry.js';
import type { PaintContext } from './text.js';

type SectionProperties = NonNullable<ISectionOptions['properties']>;
type Footers = NonNullable<ISectionOptions['footers']>;

const HEADER_DISTANCE = mmToTwips(15);

/** "— 1 —" in 四号 半角宋体: odd pages right, even pages left, 一字 from the edge [7.5]. */
function pageNumberParagraph(ctx: PaintContext, odd: boolean): Paragraph {
  return new Paragraph({
    alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: odd ? { right: CHAR_SIHAO } : { left: CHAR_SIHAO },
    // One 四号 line exactly, so the footer distance puts the number 7 mm under the 版心.
    spacing: { line: SIZE.sihao * 10, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: pageNumberFont(ctx.profile), size: SIZE.sihao })],
  });
}

/** Odd (default) and even footers; `evenAndOddHeaderAndFooters` is set on the document. */
export function pageNumberFooters(ctx: PaintContext): Footers {
  return {
    default: new Footer({ children: [pageNumberParagraph(ctx, true)] }),
    even: new Footer({ children: [pageNumberParagraph(ctx, false)] }),
  };
}

/** Portrait A4 with the 版心 156 × 225 mm and a 22 × 28 grid of lines and characters [5.2]. */
export function portraitProperties(): SectionProperties {
  return {
    page: {
      size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
      margin: { ...PORTRAIT_MARGIN, header: HEADER_DISTANCE, footer: footerDistance(35), gutter: 0 },
    },
    grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: gridCharSpace() },
  };
}

/**
 * The 版记 page: portrait, starting on an even page (the back of the last sheet, GB/T 9704 §7.4 — Word and
 * LibreOffice insert a blank page when needed), without a grid, because LibreOffice snaps even exact-height lines to it and
 * the 1 pt paragraph after the 版记 table would take a whole 28.95 pt line and start a blank page.
 */
export function colophonProperties(): SectionProperties {
  return { ...portraitProperties(), type: SectionType.EVEN_PAGE, grid: { type: DocumentGridType.DEFAULT, linePitch: LINE_PITCH } };
}

/**
 * Landscape A4 for the 附件 table (版心 225 × 156 mm): portrait dimensions, docx swaps them. No document
 * grid, so the single-spaced table cells keep their own line height instead of snapping to 28.95 pt.
 */
export function landscapeProperties(): SectionProperties {
  return {
    type: SectionType.NEXT_PAGE,
    page: {
      size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
      margin: { ...LANDSCAPE_MARGIN, header: HEADER_DISTANCE, footer: footerDistance(26), gutter: 0 },
    },
    grid: { type: DocumentGridType.DEFAULT, linePitch: LINE_PITCH },
  };
}
