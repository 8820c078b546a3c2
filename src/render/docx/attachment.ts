/** The 附件 page [7.3.7, 8]: "附件" top left in 黑体, its title centred on line 3, then the catalogue table. */
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { Attachment } from '../../model/index.js';
import { tailParagraph } from './colophon.js';
import { LANDSCAPE_TEXT_WIDTH, SIZE } from './geometry.js';
import { catalogueTable } from './table.js';
import { balanceTitle, LANDSCAPE_TITLE_LINE_UNITS } from '../typeset/index.js';
import { gridSpacing, textRun, type PaintContext } from './text.js';

export function attachmentBlocks(ctx: PaintContext, attachment: Attachment): (Paragraph | Table)[] {
  return [
    new Paragraph({ alignment: AlignmentType.LEFT, spacing: gridSpacing(), children: [textRun(ctx, attachment.label, 'hei')] }),
    // Balanced as the PDF's (typeset's balanceTitle), not left to Word's wrapping.
    new Paragraph({
      alignment: AlignmentType.CENTER, spacing: gridSpacing(1),
      children: balanceTitle(attachment.title, { units: LANDSCAPE_TITLE_LINE_UNITS })
        .map((line, i) => textRun(ctx, line, 'title', { size: SIZE.erhao, breakBefore: i > 0 })),
    }),
    catalogueTable(ctx, attachment.table, LANDSCAPE_TEXT_WIDTH),
    // Holds the section break: without it docx adds a full-height empty paragraph that can start a blank page.
    tailParagraph(),
  ];
}
