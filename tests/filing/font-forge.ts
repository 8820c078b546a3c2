/** Forging the glyphs of a filing's embedded TrueType subset, and folding an update into one revision (qpdf), as a county could. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { decodeStream, isDict, isName, isRef, type PdfDict } from '../../src/filing/pdf-syntax.js';
import { appendUpdate, objectsOf, pageAndCatalog, paintOver, pdf, stream } from './forge.js';
import { tempDir } from './helpers.js';

/**
 * The subset's glyphs rewritten by `edit` (gid → new glyph data); glyf and loca rebuilt (long offsets). Glyphs
 * `edit` adds at the end get the last advance and a zero left side bearing.
 */
export function rewriteGlyphs(font: Uint8Array, edit: (glyphs: Buffer[]) => Buffer[]): Uint8Array {
  const b = Buffer.from(font);
  const count = b.readUInt16BE(4);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const off = b.readUInt32BE(at + 8);
    tables.set(b.toString('latin1', at, at + 4), Buffer.from(b.subarray(off, off + b.readUInt32BE(at + 12))));
  }
  const head = tables.get('head')!;
  const long = head.readInt16BE(50) === 1;
  const loca = tables.get('loca')!;
  const n = tables.get('maxp')!.readUInt16BE(4);
  const offset = (i: number): number => (long ? loca.readUInt32BE(4 * i) : 2 * loca.readUInt16BE(2 * i));
  const glyf = tables.get('glyf')!;
  const glyphs = edit(Array.from({ length: n }, (_, i) => glyf.subarray(offset(i), offset(i + 1))));
  if (glyphs.length > n) {
    tables.get('maxp')!.writeUInt16BE(glyphs.length, 4);
    tables.set('hmtx', Buffer.concat([tables.get('hmtx')!, Buffer.alloc(2 * (glyphs.length - n))]));
  }
  const newLoca = Buffer.alloc(4 * (glyphs.length + 1));
  let at = 0;
  glyphs.forEach((g, i) => {
    newLoca.writeUInt32BE(at, 4 * i);
    at += g.length + (g.length % 4 === 0 ? 0 : 4 - (g.length % 4));
  });
  newLoca.writeUInt32BE(at, 4 * glyphs.length);
  tables.set('glyf', Buffer.concat(glyphs.map((g) => Buffer.concat([g, Buffer.alloc(g.length % 4 === 0 ? 0 : 4 - (g.length % 4))]))));
  tables.set('loca', newLoca);
  head.writeInt16BE(1, 50);
  const tags = [...tables.keys()].sort();
  const dir = Buffer.alloc(12 + 16 * tags.length);
  b.copy(dir, 0, 0, 12);
  let pos = dir.length;
  const bodies: Buffer[] = [];
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
    dir.write(tag, 12 + 16 * i, 'latin1');
    dir.writeUInt32BE(pos, 12 + 16 * i + 8);
    dir.writeUInt32BE(data.length, 12 + 16 * i + 12);
    bodies.push(padded);
    pos += padded.length;
  });
  return new Uint8Array(Buffer.concat([dir, ...bodies]));
}

/** The embedded FontFile2 of the font whose name contains `name`: its object number, dictionary and program. */
export function fontProgram(bytes: Uint8Array, name: string): { num: number; dict: PdfDict; program: Uint8Array } {
  const { table, size } = objectsOf(bytes);
  for (let n = 1; n < size; n++) {
    const v = table.has(n) ? table.get(n) : null;
    if (!isDict(v) || !isName(v.v.get('Type'), 'FontDescriptor')) continue;
    const fontName = v.v.get('FontName');
    const file = v.v.get('FontFile2');
    if (!fontName || typeof fontName !== 'object' || !('v' in fontName) || !String(fontName.v).includes(name) || !isRef(file)) continue;
    const stream = table.get(file.n) as PdfDict;
    return { num: file.n, dict: stream, program: decodeStream(stream) };
  }
  throw new Error(`no TrueType font ${name}`);
}

/** The character code of `char` in the font named `name` and the code pdf.js draws it with (fontChar). */
export async function codesOf(bytes: Uint8Array, name: string, char: string): Promise<{ code: number; fontChar: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, fontExtraProperties: true, verbosity: 0 })
    .promise;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const list = await page.getOperatorList();
      let font = '';
      for (let i = 0; i < list.fnArray.length; i++) {
        const args = list.argsArray[i] as unknown[];
        if (list.fnArray[i] === pdfjs.OPS.setFont) font = String((page.commonObjs.get(String(args[0])) as { name?: string }).name ?? '');
        if (list.fnArray[i] !== pdfjs.OPS.showText || !font.includes(name)) continue;
        for (const g of args[0] as { unicode?: string; originalCharCode?: number; fontChar?: string }[])
          if (g?.unicode === char && g.originalCharCode !== undefined && g.fontChar) return { code: g.originalCharCode, fontChar: g.fontChar.codePointAt(0)! };
      }
    }
  } finally {
    await doc.destroy();
  }
  throw new Error(`${char} is not shown in ${name}`);
}

/** The subset glyph id (= the CID the page shows) of `char` in the font named `name`, read with pdf.js. */
export async function glyphIdOf(bytes: Uint8Array, name: string, char: string): Promise<number> {
  return (await codesOf(bytes, name, char)).code;
}

/** The filing with the TrueType program of font `name` replaced, folded into a single revision by qpdf. */
export function withFontProgram(bytes: Uint8Array, name: string, program: Uint8Array): Uint8Array {
  const { num, dict } = fontProgram(bytes, name);
  const keep = [...dict.v]
    .filter(([k]) => !['Filter', 'Length', 'Length1', 'DecodeParms'].includes(k))
    .map(([k, x]) => `/${k} ${pdf(x)}`)
    .join(' ');
  const z = deflateSync(program);
  const body = Buffer.concat([
    Buffer.from(`<<${keep} /Length1 ${program.length} /Filter /FlateDecode /Length ${z.length}>>\nstream\n`, 'latin1'),
    z,
    Buffer.from('\nendstream', 'latin1'),
  ]);
  return oneRevision(appendUpdate(bytes, new Map([[num, body]])));
}

/** An update folded into the file by qpdf: one revision, as a county's own tool would write it. */
export function oneRevision(bytes: Uint8Array): Uint8Array {
  const dir = tempDir('catalog-fonts-forge-');
  writeFileSync(join(dir, 'in.pdf'), bytes);
  const r = spawnSync('qpdf', [join(dir, 'in.pdf'), join(dir, 'out.pdf')], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 3) throw new Error(`qpdf failed: ${r.stderr}`);
  return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
}

/** Page `n`'s one content stream: its object number and its decoded data as Latin-1 text. */
export function pageContent(bytes: Uint8Array, n: number): { num: number; content: string } {
  const { page, table } = pageAndCatalog(bytes, n);
  const contents = page.dict.v.get('Contents');
  if (!isRef(contents)) throw new Error(`page ${n} has no single content stream`);
  return { num: contents.n, content: Buffer.from(decodeStream(table.get(contents.n) as PdfDict)).toString('latin1') };
}

/** The filing with page `n`'s content rewritten by `edit` (which must change it), folded into one revision by qpdf. */
export function forgeContent(bytes: Uint8Array, n: number, edit: (content: string) => string): Uint8Array {
  const { num, content } = pageContent(bytes, n);
  const forged = edit(content);
  if (forged === content) throw new Error(`the edit left page ${n}'s content as it was`);
  return oneRevision(appendUpdate(bytes, new Map([[num, stream('', forged)]])));
}

/** Paint `ops` on page `n` in the first (only) revision. */
export function paintedOver(bytes: Uint8Array, n: number, ops: string): Uint8Array {
  return oneRevision(paintOver(bytes, n, ops));
}
