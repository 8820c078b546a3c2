/** The 附件 page [7.3.7, 8]: "附件" top left in 黑体, its title centred on line 3, then the catalogue table. */
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { Attachment } from '../../model/index.js';
import { tailParagraph } from './colophon.js';
import { A4, LANDSCAPE_MARGIN, LANDSCAPE_TEXT_WIDTH, LINE_PITCH, SIZE } from './geometry.js';
import { catalogueTable } from './table.js';
import { balanceTitle, LANDSCAPE_TITLE_LINE_UNITS } from '../typeset/index.js';
import { gridSpacing, textRun, type PaintContext } from './text.js';

/** The landscape 版心 height, 156 mm, in twips. */
const LANDSCAPE_TEXT_HEIGHT = A4.width - LANDSCAPE_MARGIN.top - LANDSCAPE_MARGIN.bottom;
/** Half a line between the title and the table, as in the PDF (its GAP_UNDER_TITLE). */
const GAP_UNDER_TITLE = Math.round(LINE_PITCH / 2);
/** Lines above the title: "附件", then one blank line [8]. */
const LINES_ABOVE_TITLE = 2;

export function attachmentBlocks(ctx: PaintContext, attachment: Attachment): (Paragraph | Table)[] {
  // Balanced as the PDF's (typeset's balanceTitle), not left to Word's wrapping.
  const title = balanceTitle(attachment.title, { units: LANDSCAPE_TITLE_LINE_UNITS });
  const tableTop = (LINES_ABOVE_TITLE + title.length) * LINE_PITCH + GAP_UNDER_TITLE;
  return [
    new Paragraph({ alignment: AlignmentType.LEFT, spacing: gridSpacing(), children: [textRun(ctx, attachment.label, 'hei')] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...gridSpacing(LINES_ABOVE_TITLE - 1), after: GAP_UNDER_TITLE },
      children: title.map((line, i) => textRun(ctx, line, 'title', { size: SIZE.erhao, breakBefore: i > 0 })),
    }),
    catalogueTable(ctx, attachment.table, LANDSCAPE_TEXT_WIDTH, { first: LANDSCAPE_TEXT_HEIGHT - tableTop, next: LANDSCAPE_TEXT_HEIGHT }),
    // Holds the section break: without it docx adds a full-height empty paragraph that can start a blank page.
    tailParagraph(),
  ];
}
