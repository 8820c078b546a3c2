/** The PDF/A-3b container: fixed dates, metadata, fonts registered once per document, embedded files, the bytes. */
import type { Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { DocumentInfo, FontRole } from '../../model/index.js';
import { describeFonts, parsedFace, type FontFile, type FontSet } from '../fonts/fonts.js';
import { usePlainLayout } from './plain-layout.js';
import { useLightPost } from './post-header.js';
import { useQuickTtfSubsets } from '../fonts/quick-ttf-subset.js';
import { useCompactCffSubsets } from '../fonts/small-cff-subset.js';
import { escapeXml } from '../../util/xml.js';
import type { PaintContext, Pdf } from './text.js';

/** A file carried inside the PDF (PDF/A-3 associated file). */
interface PdfAttachment {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mime: string;
  readonly description: string;
  readonly relationship: 'Source' | 'Data';
}

export interface PdfOptions {
  readonly fonts: FontSet;
  readonly attachments: readonly PdfAttachment[];
  /** Extra Info-dictionary keys: SourceSHA256, BaselineSHA256, ToolVersion, Fonts … (Fonts defaults to the FontSet). */
  readonly info: Readonly<Record<string, string>>;
}

const ROLES: readonly FontRole[] = ['title', 'fang', 'hei', 'kai', 'song'];

/** 00:00 Beijing time (UTC+8) of an ISO date: the fixed creation and modification time of the file. */
function fixedDate(isoDate: string): Date {
  const date = new Date(`${isoDate}T00:00:00+08:00`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) throw new Error(`not an ISO date: ${isoDate}`);
  return date;
}

/** pdfkit's own XMP has CreateDate but no ModifyDate; PDF/A wants the Info ModDate mirrored there. */
const xmpDate = (date: Date): string => `${date.toISOString().split('.')[0]}Z`;

function createPdf(info: DocumentInfo, opts: PdfOptions, date: Date): Pdf {
  const pdfInfo: Record<string, string | Date> = {
    Title: info.title,
    Author: info.author,
    Subject: info.subject,
    Keywords: info.keywords.join(', '),
    Creator: 'catalog',
    Producer: 'catalog',
    CreationDate: date,
    ModDate: date,
    SourceSHA256: info.sourceSha256,
    Fonts: describeFonts(opts.fonts).join('; '),
    ...opts.info,
  };
  const pdf = new PDFDocument({
    pdfVersion: '1.7',
    subset: 'PDF/A-3b',
    lang: 'zh-CN',
    displayTitle: true,
    autoFirstPage: false,
    info: pdfInfo as PDFKit.DocumentInfo,
  });
  pdf.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${xmpDate(date)}</xmp:ModifyDate>
        </rdf:Description>`);
  escapeXmpInfo(pdf);
  return pdf;
}

/**
 * pdfkit copies Title, Author, Subject, Keywords, Creator and Producer into the XMP packet as they are:
 * a title with & or < made the packet ill-formed XML, and the file no PDF/A. During that copy (after the
 * Info dictionary is written, which keeps the text as given) the strings are XML-escaped (src/util/xml.ts).
 */
function escapeXmpInfo(pdf: Pdf): void {
  // library-patches.ts: pdfkit-add-info
  const target = pdf as unknown as { info: Record<string, unknown>; _addInfo: () => void };
  const addInfo = target._addInfo;
  if (typeof addInfo !== 'function') return;
  target._addInfo = function escapedAddInfo(this: typeof target): void {
    const info = this.info;
    const escaped = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    this.info = escaped;
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

/** A Buffer view of the bytes, not a copy. */
const view = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const prepared = new WeakSet<Font>();

/**
 * The font parsed once per process (fonts.ts): pdfkit takes a fontkit font as well as bytes, and parsing
 * the 8–15 MB CJK fonts for every document was half the time of a render. Each document still makes its
 * own subset, so sharing the parsed font does not change the bytes. A bundled font's layout is the
 * plain one for Chinese text (plain-layout.ts); its `post` is the header alone (post-header.ts); its subsets
 * are the compact CFF ones (small-cff-subset.ts) or TrueType ones with the glyphs copied (quick-ttf-subset.ts).
 */
function pdfFont(file: FontFile): Font {
  const font = parsedFace(file);
  if (!prepared.has(font)) {
    if (file.bundled) usePlainLayout(font);
    useLightPost(font);
    useCompactCffSubsets(font);
    useQuickTtfSubsets(font);
    prepared.add(font);
  }
  return font;
}

const advanceCaches = new WeakMap<FontSet, Map<string, number>>();

/** Character advances measured once per font set and process: the notice and the filing share them. */
function advancesFor(fonts: FontSet): Map<string, number> {
  let cache = advanceCaches.get(fonts);
  if (cache === undefined) {
    cache = new Map();
    advanceCaches.set(fonts, cache);
  }
  return cache;
}

/**
 * Names each distinct font file once (roles that share a file share the name) and registers it with pdfkit
 * when a role's name is first asked for: a font no text of the document is set in is never read nor parsed.
 * pdfkit numbers its fonts in order of first use, not registration, so the bytes are the same either way.
 */
function registerFonts(pdf: Pdf, fonts: FontSet): Record<FontRole, string> {
  const names = new Map<FontFile, string>();
  const registered = new Set<string>();
  const byRole = {} as Record<FontRole, string>;
  for (const role of ROLES) {
    const file = fonts.fonts[role];
    let name = names.get(file);
    if (name === undefined) {
      name = `F${names.size + 1}`;
      names.set(file, name);
    }
    const fontName = name;
    Object.defineProperty(byRole, role, {
      enumerable: true,
      get: () => {
        if (!registered.has(fontName)) {
          registered.add(fontName);
          // pdfkit's PDFFontFactory accepts any object with `layout` (a fontkit font); its types only list bytes
          // (library-patches.ts: pdfkit-font-object).
          pdf.registerFont(fontName, pdfFont(file) as unknown as Buffer);
        }
        return fontName;
      },
    });
  }
  return byRole;
}

function attachFiles(pdf: Pdf, attachments: readonly PdfAttachment[], date: Date): void {
  for (const file of attachments) {
    pdf.file(view(file.bytes), {
      name: file.name,
      type: file.mime,
      description: file.description,
      relationship: file.relationship,
      creationDate: date,
      modifiedDate: date,
    });
  }
}

/** A new PDF ready to paint on, and `finish`, which ends it and resolves to its bytes. */
export function openDocument(info: DocumentInfo, opts: PdfOptions): { ctx: PaintContext; finish: () => Promise<Uint8Array> } {
  const date = fixedDate(info.date);
  const pdf = createPdf(info, opts, date);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });
  const ctx: PaintContext = { pdf, fontNames: registerFonts(pdf, opts.fonts), pages: 0, advances: advancesFor(opts.fonts) };
  attachFiles(pdf, opts.attachments, date);
  return {
    ctx,
    finish: () => {
      pdf.end();
      return done;
    },
  };
}
