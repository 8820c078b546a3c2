/**
 * Content that pdf.js reads as the rebuild's operators while MuPDF (and PDFium) read other ones: an operator
 * glued to the next (`TJET`: pdf.js splits a known command off the front, MuPDF and PDFium drop the unknown
 * word, and the √ with it), a keyword inside a TJ array (pdf.js skips it, MuPDF drops the TJ), and inline
 * image data each viewer ends elsewhere (pdf.js at the first plausible `EI`, MuPDF after the bytes /W and /H
 * declare). Red-team n5–n7. And a page's content in two streams cut inside a token: pdf.js joins the streams
 * as they are, PDFium and MuPDF with a space between them (n8). An array inside a TJ array: pdf.js skips it,
 * PDFium and MuPDF drop the TJ (n10). Predictor parameters our reader did not apply as viewers do (n11).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSyntax } from '../../src/filing/pdf-objects.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { appendUpdate, pageAndCatalog, rewriteOneRevision, stream, withEntries } from './forge.js';
import { forgeContent, oneRevision, pageContent } from './font-forge.js';
import { buildFiling, checkCatalogue, filingFindings, has, run, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

/** The genuine filing with `objects` appended as an update, folded by qpdf into one revision (stream filters left as they are), verified. */
async function foldedFindings(objects: ReadonlyMap<number, string | Buffer>): ReturnType<typeof filingFindings> {
  const dir = tempDir('catalog-predictor-');
  writeFileSync(join(dir, 'in.pdf'), appendUpdate(good, objects));
  run('qpdf', ['--stream-data=preserve', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
  return filingFindings(new Uint8Array(readFileSync(join(dir, 'out.pdf'))), env);
}

/** One √ of page 5 with the operators that place and show it. */
const CHECK = /q\n1 0 0 -1 0 595\.28 cm\nBT\n1 0 0 1 588\.\d+ \d+\.\d+ Tm\n\/F2 10\.5 Tf\n\[<00dd> 0\] TJ\nET\nQ\n/i;

describe('operators pdf.js reads otherwise than MuPDF and PDFium', () => {
  it.skipIf(!has('qpdf'))(
    'page 5 in two content streams cut inside a font name (/F|2 10.5 Tf: /F2 for pdf.js; /F, then a √ at 2 pt for PDFium and MuPDF) is tampered-document',
    async () => {
      const { page, size } = pageAndCatalog(good, 5);
      const { content } = pageContent(good, 5);
      const at = /Tm\n\/F(?=2 10\.5 Tf\n\[<00dd> 0\] TJ)/i.exec(content);
      if (!at) throw new Error('no √ on page 5');
      const cut = at.index + at[0].length;
      const forged = appendUpdate(
        good,
        new Map<number, string | Buffer>([
          [page.num, withEntries(page.dict, { Contents: `[${size} 0 R ${size + 1} 0 R]` })],
          [size, stream('', content.slice(0, cut))],
          [size + 1, stream('', content.slice(cut))],
        ]),
      );
      const r = await filingFindings(oneRevision(forged), env);
      expect(r.integrity).toBe('tampered');
      expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
    },
  );

  it.skipIf(!has('qpdf'))(
    'page 5 with a PNG predictor given in a /DecodeParms array (the type byte of each row, 0, falls between TJ and ET of a √: TJ ET for our reader, TJET for viewers) is tampered-document',
    async () => {
      const { num, content } = pageContent(good, 5);
      // The words laid out in rows of 128 bytes, none across a row's end but TJET, cut after TJ.
      const columns = 128;
      const glued = content.replace(/(\[<00dd> 0\] TJ)\nET/i, '$1ET');
      expect(glued).not.toBe(content);
      let data = '';
      for (const word of glued.split(/\s+/).filter((w) => w !== '')) {
        const room = columns - (data.length % columns);
        if (word === 'TJET') data += `${' '.repeat((room + columns - 2) % columns)}TJET `;
        else data += `${word.length > room ? ' '.repeat(room) : ''}${word} `;
      }
      data = data.padEnd(Math.ceil(data.length / columns) * columns, ' ');
      const rows = (data.match(new RegExp(`[^]{${columns}}`, 'g')) ?? []).map((row) => `\0${row}`).join('');
      const body = stream(` /DecodeParms [<< /Predictor 12 /Columns ${columns} >>]`, rows, '[/FlateDecode]');
      const r = await foldedFindings(new Map([[num, body]]));
      expect(r.integrity).toBe('tampered');
      expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
    },
  );

  it.skipIf(!has('qpdf'))(
    'page 5 with a PNG predictor whose last row is short, holding the page’s last √ glued as TJET (our reader dropped the short row, pdf.js pads it; MuPDF, PDFium and poppler drop the √) is tampered-document',
    async () => {
      // Round 9 (p12): rows of `columns` bytes; everything from the last √'s TJ on is one short row at the end.
      const { num, content } = pageContent(good, 5);
      const at = content.lastIndexOf('[<00dd> 0] TJ') + '[<00dd> 0] '.length;
      const tail = content.slice(at).replace(/^TJ\s+ET/, 'TJET');
      expect(tail.startsWith('TJET')).toBe(true);
      const columns = tail.length + 64;
      const head = content.slice(0, at).padEnd(Math.ceil(at / columns) * columns, ' ');
      const data = head + tail;
      const rows: Buffer[] = [];
      for (let i = 0; i < data.length; i += columns) rows.push(Buffer.concat([Buffer.from([0]), Buffer.from(data.slice(i, i + columns), 'latin1')]));
      const body = stream(` /DecodeParms << /Predictor 10 /Columns ${columns} >>`, Buffer.concat(rows));
      const r = await foldedFindings(new Map([[num, body]]));
      expect(r.integrity).toBe('tampered');
      expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
    },
  );

  it('finds unknown and glued operators, keywords in arrays and inline images', () => {
    expect(contentSyntax(bytes('q BT /F1 10 Tf 1 0 0 1 5 5 Tm [<00dd> 0] TJ ET 0 0 0 scn /DeviceRGB CS 0 0 0 SCN Q'))).toBe('');
    expect(contentSyntax(bytes('[<00dd> 0] TJET'))).toBe('operator TJET');
    expect(contentSyntax(bytes('[<00dd> 0] \xa0TJ'))).toBe('operator \xa0TJ');
    expect(contentSyntax(bytes('[<00dd> 0 Q] TJ'))).toBe('Q in an array');
    expect(contentSyntax(bytes('[true null] TJ'))).toBe('');
    expect(contentSyntax(bytes('[<00dd> [<00dd> 0] 0] TJ'))).toBe('[ in an array');
    expect(contentSyntax(bytes('[<00dd> << /A 1 >> 0] TJ'))).toBe('<< in an array');
    expect(contentSyntax(bytes('/P << /A [1 2] /B << /C 3 >> >> BDC EMC'))).toBe('');
    expect(contentSyntax(bytes('1 0 0 1 5 5 Tm ]'))).toBe('unbalanced ]');
    expect(contentSyntax(bytes('[1 >> 0 d'))).toBe('unbalanced >>');
    expect(contentSyntax(bytes('[1 2'))).toBe('unbalanced [');
    expect(contentSyntax(bytes('{ 1 0 Td }'))).toBe('{');
    expect(contentSyntax(bytes('BI /W 1 /H 1 /CS /G ID x EI'))).toBe('inline image');
    expect(contentSyntax(bytes('[(a\\) 0] TJ'))).toBe('unterminated string');
    expect(contentSyntax(bytes('[<00dd'))).toBe('unterminated hex string');
    expect(contentSyntax(bytes('BT /F'), true)).toBe('operands run into the next content stream');
    expect(contentSyntax(bytes('BT /F'))).toBe('');
    expect(contentSyntax(bytes('q [<00dd>'), true)).toBe('operands run into the next content stream');
    expect(contentSyntax(bytes('q BT ET Q'), true)).toBe('');
  });

  it.skipIf(!has('qpdf'))('a √ whose TJ is glued to ET (pdf.js splits TJ off, MuPDF and PDFium drop TJET) is tampered-document', async () => {
    const forged = forgeContent(good, 5, (c) => c.replace(/(\[<00dd> 0\] TJ)\nET/i, '$1ET'));
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
  });

  it.skipIf(!has('qpdf'))('a √ shown by a TJ array holding a keyword (pdf.js skips it, MuPDF drops the TJ) is tampered-document', async () => {
    const forged = forgeContent(good, 5, (c) => c.replace(/\[<00dd> 0\] TJ/i, '[<00dd> 0 Q] TJ'));
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
  });

  it.skipIf(!has('qpdf'))('a √ shown by a TJ array holding an array (pdf.js skips it, PDFium and MuPDF drop the TJ) is tampered-document', async () => {
    const forged = forgeContent(good, 5, (c) => c.replace(/\[<00dd> 0\] TJ/i, '[<00dd> [<00dd> 0] 0] TJ'));
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
  });

  it.skipIf(!has('qpdf'))(
    'a √ inside inline image data for MuPDF (160 bytes by /W and /H) but after the image for pdf.js (its first EI; no /BPC: not painted) is tampered-document',
    async () => {
      const forged = forgeContent(good, 5, (c) =>
        c.replace(CHECK, (ops) => {
          const data = `X\nEI ${ops}%`;
          return `BI /W 80 /H 2 /CS /G ID ${data.padEnd(159, 'p')}\nEI\n`;
        }),
      );
      const r = await filingFindings(forged, env);
      expect(r.integrity).toBe('tampered');
      expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
    },
  );
});

describe('a /Contents array holding something else than streams', () => {
  // pdf.js, PDFium and MuPDF skip what is not a stream; poppler (Evince, Okular, pdftoppm) calls the page's
  // contents weird and paints none of them: page 5, the √ and every row on it, blank.
  for (const [what, element] of [
    ['null', 'null'],
    ['a number', '5'],
    ['a dictionary', 'DICT'],
    ['a missing object', 'MISSING'],
  ] as const) {
    it.skipIf(!has('qpdf'))(
      `page 5's content stream followed by ${what} in a /Contents array (poppler paints nothing of the page) is tampered-document`,
      async () => {
        const { page, size } = pageAndCatalog(good, 5);
        const contents = page.dict.v.get('Contents');
        if (!contents || typeof contents !== 'object' || !('t' in contents) || contents.t !== 'ref') throw new Error('page 5 has no single content stream');
        const extra = element === 'DICT' ? `${size} 0 R` : element === 'MISSING' ? `${size + 1} 0 R` : element;
        const forged = oneRevision(
          appendUpdate(
            good,
            new Map<number, string>([
              [page.num, withEntries(page.dict, { Contents: `[${contents.n} 0 R ${extra}]` })],
              [size, '<< /Foo 1 >>'],
            ]),
          ),
        );
        const r = await filingFindings(forged, env);
        expect(r.integrity).toBe('tampered');
        expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
      },
    );
  }
});

/**
 * Round 8 (p6): `cs` sets the fill colour space and, for every viewer but pdf.js, resets the fill colour to the
 * space's initial colour; pdf.js only notes the space and puts nothing in its operator list. The initial colour of
 * /Pattern paints nothing. Page 5's content with `/Pattern cs` after every `0 0 0 scn` (the colour of each text
 * run): pdf.js paints the rebuild's operators; MuPDF, PDFium and poppler paint the grid of page 5 and no text at
 * all (every item and √ gone; rendered with all three).
 */
describe('a colour space set after the colour', () => {
  it.skipIf(!has('qpdf'))('page 5 with /Pattern cs after each text run’s colour is tampered-document', async () => {
    const forged = forgeContent(good, 5, (c) => c.replaceAll('0 0 0 scn\n', '0 0 0 scn\n/Pattern cs\n'));
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => f.messageId)).toContain('frame');
  });

  it.skipIf(!has('qpdf'))('only the √ of 全社会 in page 5’s first row, so coloured, is tampered-document', async () => {
    const forged = forgeContent(good, 5, (c) => c.replace(/0 0 0 scn\n(?=q\n1 0 0 -1 0 595\.28 cm\nBT\n1 0 0 1 588\.)/, '0 0 0 scn\n/Pattern cs\n'));
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
  });

  it('contentSyntax: cs and CS must be followed by their colour (sc, scn; SC, SCN)', () => {
    expect(contentSyntax(bytes('/DeviceRGB cs\n0 0 0 scn\n/DeviceRGB CS\n0 0 0 SCN\n'))).toBe('');
    expect(contentSyntax(bytes('/DeviceRGB cs\n0 0 0 scn\n/Pattern cs\nBT ET\n'))).not.toBe('');
    expect(contentSyntax(bytes('/DeviceGray CS\n0 0 0 scn\n'))).not.toBe('');
    expect(contentSyntax(bytes('0 0 0 scn\n/DeviceRGB cs\n'))).not.toBe('');
  });
});

/**
 * Round 8 (p8, a rule): a page content stream naming an external file (`/F`, ISO 32000-1 §7.3.8.2: the bytes in
 * the file are then to be ignored and the data read from the file). pdf.js, MuPDF, PDFium and poppler ignore /F
 * and paint the bytes in the file; a reader that follows it paints whatever the named file holds.
 */
describe('an external content stream', () => {
  for (const key of ['F', 'FFilter', 'FDecodeParms']) {
    it(`page 5's content stream with /${key} is tampered-document`, async () => {
      const { page, table } = pageAndCatalog(good, 5);
      const contents = page.dict.v.get('Contents');
      if (!contents || typeof contents !== 'object' || Array.isArray(contents) || contents.t !== 'ref') throw new Error('unexpected page 5');
      const { content } = pageContent(good, 5);
      const value = key === 'F' ? '(page5.bin)' : key === 'FFilter' ? '/FlateDecode' : '<< /Predictor 1 >>';
      // Stored unfiltered: pdf.js reads /F as /Filter (a string there is no filter), so the data must need none.
      const data = Buffer.from(content, 'latin1');
      const body = Buffer.concat([Buffer.from(`<</${key} ${value} /Length ${data.length}>>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
      const forged = rewriteOneRevision(good, new Map([[contents.n, body]]));
      expect(table.get(contents.n)).toBeTruthy();
      const r = await filingFindings(forged, env);
      expect(r.integrity).toBe('tampered');
    });
  }
});
