/** The 附件 page [7.3.7, 8]: "附件" top left in 黑体, its title centred on line 3, then the catalogue table. */
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { Attachment } from '../../model/index.js';
import { tailParagraph } from './colophon.js';
import { LANDSCAPE_TEXT_WIDTH, SIZE } from './geometry.js';
import { catalogueTable } from './table.js';
import { gridSpacing, textRun, type PaintContext } from './text.js';

export function attachmentBlocks(ctx: PaintContext, attachment: Attachment): (Paragraph | Table)[] {
  return [
    new Paragraph({ alignment: AlignmentType.LEFT, spacing: gridSpacing(), children: [textRun(ctx, attachment.label, 'hei')] }),
    new Paragraph({
      alignment: AlignmentType.CENTER, spacing: gridSpacing(1),
      children: [textRun(ctx, attachment.title, 'title', { size: SIZE.erhao })],
    }),
    catalogueTable(ctx, attachment.table, LANDSCAPE_TEXT_WIDTH),
    // Holds the section break: without it docx adds a full-height empty paragraph that can start a blank page.
    tailParagraph(),
  ];
}
