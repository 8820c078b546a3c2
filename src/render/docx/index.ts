/** Paints an OfficialDocument as a GB/T 9704 DOCX (portrait text, landscape 附件, 版记 page), byte-identical for the same input. */
import { strToU8 } from 'fflate';
import { Document, Packer, type ISectionOptions } from 'docx';
import type { OfficialDocument } from '../../model/index.js';
import { bodyParagraphs } from './body.js';
import { attachmentBlocks } from './attachment.js';
import { colophonBlocks } from './colophon.js';
import { roleFont, type DocxProfile } from './fonts.js';
import { normalOffGrid } from './grid.js';
import { landscapeNumberFooters } from './landscape-number.js';
import { SIZE } from './geometry.js';
import { normalizeDocx, zipParts } from './package.js';
import { colophonProperties, landscapeProperties, pageNumberFooters, portraitProperties } from './sections.js';
import type { PaintContext } from './text.js';
import { DOCX_CELL_STYLE } from './cell-style.js';

export type { DocxProfile } from './fonts.js';
export { PROFILE_FONTS } from './fonts.js';

export interface DocxOptions {
  /** Font names by role: the GB/T 9704 faces, or the ones every Windows PC has. */
  readonly profile: DocxProfile;
  /** SHA-256 of the source YAML, written as the custom property SourceSHA256. */
  readonly sourceSha256: string;
}

function sections(ctx: PaintContext, doc: OfficialDocument): ISectionOptions[] {
  const list: ISectionOptions[] = [
    { properties: portraitProperties(), footers: pageNumberFooters(ctx), children: bodyParagraphs(ctx, doc.body) },
    { properties: landscapeProperties(), footers: landscapeNumberFooters(ctx), children: attachmentBlocks(ctx, doc.attachment) },
  ];
  if (doc.colophon) {
    list.push({
      properties: colophonProperties(),
      footers: pageNumberFooters(ctx),
      children: colophonBlocks(ctx, doc.colophon),
    });
  }
  return list;
}

/** Build the Word document: metadata from `doc.info`, Normal style 三号 仿宋 (the grid's reference size). */
export function buildDocument(doc: OfficialDocument, opts: DocxOptions): Document {
  const ctx: PaintContext = { profile: opts.profile };
  const { info } = doc;
  return new Document({
    title: info.title,
    subject: info.subject,
    creator: info.author,
    lastModifiedBy: info.author,
    keywords: info.keywords.join(', '),
    description: `源文件 SHA-256：${opts.sourceSha256}`,
    customProperties: [
      { name: 'SourceSHA256', value: opts.sourceSha256 },
      { name: 'Generator', value: 'catalog' },
    ],
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: roleFont(opts.profile, 'fang'), size: SIZE.sanhao },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      // Repeated on Normal itself, which LibreOffice reads instead of docDefaults; grid.ts adds its snapToGrid.
      paragraphStyles: [
        {
          id: 'Normal',
          name: 'Normal',
          quickFormat: true,
          paragraph: { spacing: { before: 0, after: 0 } },
          run: { font: roleFont(opts.profile, 'fang'), size: SIZE.sanhao },
        },
        // Table cells (see DOCX_CELL_STYLE): Normal with a name the importer recognises; cells format directly.
        { id: DOCX_CELL_STYLE, name: 'Catalogue Cell', basedOn: 'Normal', next: DOCX_CELL_STYLE },
      ],
    },
    sections: sections(ctx, doc),
  });
}

/** docx's own compiler (a static of Packer in docx 9): the package's parts before zipping. */
type PartsCompiler = { compile(file: Document, prettify: undefined, overrides: readonly unknown[]): Map<string, string | Uint8Array> };

/**
 * The DOCX bytes with fixed dates, so the output depends on the input alone. The parts come straight
 * from docx's compiler and are zipped once (saves docx's zip and our unzip, ~40 ms a build); when that
 * internal is missing (another docx version) the packed file is re-zipped instead — the same bytes.
 */
export async function renderDocx(doc: OfficialDocument, opts: DocxOptions): Promise<Uint8Array> {
  const file = buildDocument(doc, opts);
  const edits = { 'word/styles.xml': normalOffGrid };
  const compiler = (Packer as unknown as { compiler?: PartsCompiler }).compiler;
  if (typeof compiler?.compile === 'function') {
    const parts: Record<string, Uint8Array> = {};
    for (const [path, data] of compiler.compile(file, undefined, [])) parts[path] = typeof data === 'string' ? strToU8(data) : data;
    return zipParts(parts, doc.info.date, edits);
  }
  const packed = await Packer.toBuffer(file);
  return normalizeDocx(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), doc.info.date, edits);
}
