/**
 * Forgeries in a font's dictionaries, its program untouched (the font's program, subset and glyphs are the
 * rebuild's, so only what pdf.js reads from the dictionaries tells them apart).
 *
 * A √ shown with a character code that is not in the font: pdf.js maps a code the font lacks to itself,
 * so the code equal to the genuine √'s remapped glyph code (a private-use code, e.g. U+E0DC) gets the very
 * same fontChar, width and — once the ToUnicode CMap maps it to √ too — the same Unicode as the genuine √.
 * But pdf.js marks it `isInFont: false` and draws nothing (nor does any viewer: the glyph id is beyond the
 * font). The √ of 全社会 on page 5 vanishes for a reader while every field verify compared was the same.
 *
 * A /FontMatrix in the CIDFontType2 dictionary (meaningful for Type 3 fonts only): pdf.js reads it and
 * advances every glyph by a fifth of its width, so the catalogue's text piles up illegibly in Firefox's
 * viewer; the glyphs, widths and op list are the rebuild's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStream, isDict, isName, isRef, type PdfDict } from '../../src/filing/pdf-syntax.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { appendUpdate, objectsOf, stream, withEntries } from './forge.js';
import { codesOf, oneRevision, pageContent } from './font-forge.js';
import { buildFiling, checkCatalogue, filingFindings, has, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/** The ToUnicode stream of the Type 0 font named `name`. */
function toUnicodeOf(bytes: Uint8Array, name: string): { num: number; data: string } {
  const { table, size } = objectsOf(bytes);
  for (let n = 1; n < size; n++) {
    const v = table.has(n) ? table.get(n) : null;
    if (!isDict(v) || !isName(v.v.get('Subtype'), 'Type0')) continue;
    const base = v.v.get('BaseFont');
    const tu = v.v.get('ToUnicode');
    if (!isName(base) || !base.v.includes(name) || !isRef(tu)) continue;
    return { num: tu.n, data: Buffer.from(decodeStream(table.get(tu.n) as PdfDict)).toString('latin1') };
  }
  throw new Error(`no Type0 font ${name}`);
}

const hex = (n: number): string => n.toString(16).padStart(4, '0');

describe('a glyph shown with a code its font lacks', () => {
  it.skipIf(!has('qpdf'))('a √ on page 5 shown with the private-use code of the genuine √ (drawn by no viewer) is tampered-document', async () => {
    const name = 'NotoSerifSC-Regular';
    const { code, fontChar } = await codesOf(good, name, '√');
    expect(fontChar).not.toBe(code);
    const tu = toUnicodeOf(good, name);
    // The forged code also reads as √ (copy, search, our text comparison).
    const cmap = tu.data.replace(/endbfrange\n/, `endbfrange\n1 beginbfchar\n<${hex(fontChar)}> <221a>\nendbfchar\n`);
    expect(cmap).not.toBe(tu.data);
    const { num: contentNum, content } = pageContent(good, 5);
    const forgedContent = content.replace(new RegExp(`<${hex(code)}>`, 'i'), `<${hex(fontChar)}>`);
    expect(forgedContent).not.toBe(content);
    const forged = oneRevision(
      appendUpdate(
        good,
        new Map([
          [tu.num, stream('', cmap)],
          [contentNum, stream('', forgedContent)],
        ]),
      ),
    );
    // The forgery is real: pdf.js now shows a √ on page 5 that is not in the font (and draws nothing).
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(forged), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    const list = await (await doc.getPage(5)).getOperatorList();
    const glyphs = list.fnArray.flatMap((fn, i) => (fn === pdfjs.OPS.showText ? (list.argsArray[i] as { unicode?: string; isInFont?: boolean }[][])[0]! : []));
    expect(glyphs.some((g) => g?.unicode === '√' && g.isInFont === false)).toBe(true);
    await doc.destroy();
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => f.rule)).toContain('tampered-document');
  });

  it.skipIf(!has('qpdf'))('a /FontMatrix added to the CIDFontType2 dictionary of the table font is tampered-document', async () => {
    const { table, size } = objectsOf(good);
    let cid: { num: number; dict: PdfDict } | undefined;
    for (let n = 1; n < size && !cid; n++) {
      const v = table.has(n) ? table.get(n) : null;
      const base = isDict(v) ? v.v.get('BaseFont') : undefined;
      if (isDict(v) && isName(v.v.get('Subtype'), 'CIDFontType2') && isName(base) && base.v.includes('NotoSerifSC-Regular')) cid = { num: n, dict: v };
    }
    if (!cid) throw new Error('no CIDFontType2 NotoSerifSC-Regular');
    const forged = oneRevision(appendUpdate(good, new Map([[cid.num, withEntries(cid.dict, { FontMatrix: '[0.0002 0 0 0.001 0 0]' })]])));
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:fontDict');
  });
});
