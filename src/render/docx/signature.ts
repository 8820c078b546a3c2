/** 署名 and 成文日期 [7.3.5]: the date four characters in from the right, the 署名 centred over it. */
import { AlignmentType, Paragraph } from 'docx';
import type { Block } from '../../model/index.js';
import { DATE_RIGHT_CHARS, SEAL_LINES } from '../typeset/gbt9704.js';
import { CHAR, textWidthInChars } from './geometry.js';
import { gridSpacing, textRun, type PaintContext } from './text.js';

/**
 * Right indent of the 署名 in characters so that its centre sits over the date's centre; never
 * negative (a 署名 wider than the date and its indent simply ends at the right margin).
 */
export function issuerRightChars(issuer: string, date: string): number {
  const offset = DATE_RIGHT_CHARS + (textWidthInChars(date) - textWidthInChars(issuer)) / 2;
  return Math.max(0, offset);
}

/** `annotated`: a 附注 follows, kept on the date's page. */
export function signatureParagraphs(ctx: PaintContext, block: Extract<Block, { kind: 'signature' }>, annotated = false): Paragraph[] {
  const issuerRight = Math.round(issuerRightChars(block.issuer, block.date) * CHAR);
  return [
    new Paragraph({
      // Kept with the date: a 署名 alone at the foot of a page is what GB/T 9704 §7.3.5 warns against.
      alignment: AlignmentType.RIGHT,
      spacing: gridSpacing(SEAL_LINES),
      indent: { right: issuerRight },
      keepNext: true,
      children: [textRun(ctx, block.issuer, 'fang')],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: gridSpacing(),
      indent: { right: DATE_RIGHT_CHARS * CHAR },
      ...(annotated ? { keepNext: true } : {}),
      children: [textRun(ctx, block.date, 'fang')],
    }),
  ];
}
