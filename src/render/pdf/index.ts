/** The PDF renderer: an OfficialDocument painted with pdfkit as a PDF/A-3b file, byte for byte reproducible. */
import type { OfficialDocument } from '../../model/index.js';
import { paintBody } from './body.js';
import { paintColophon } from './chrome.js';
import { openDocument, type PdfOptions } from './document.js';
import { assertGlyphs } from './glyphs.js';
import { paintAttachment } from './table.js';

export { MissingGlyphError } from './glyphs.js';
export { type PdfOptions } from './document.js';

/**
 * Body on portrait pages, the 附件 table on landscape pages, then the 版记 on a portrait page of its
 * own. Throws MissingGlyphError before drawing anything when a font lacks a character of the text.
 */
export async function renderPdf(doc: OfficialDocument, opts: PdfOptions): Promise<Uint8Array> {
  assertGlyphs(doc, opts.fonts);
  const { ctx, finish } = openDocument(doc.info, opts);
  paintBody(ctx, doc.body);
  paintAttachment(ctx, doc.attachment);
  if (doc.colophon) paintColophon(ctx, doc.colophon);
  return finish();
}
