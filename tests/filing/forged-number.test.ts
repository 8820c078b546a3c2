/**
 * A number written against PDF's grammar in a content stream: `1 0 0 1 5-88.608268 374.896693 Tm`. pdf.js
 * skips a minus sign in the middle of a number and reads 588.608268 (the genuine position of the √); PDFium
 * (Chrome, Edge) and MuPDF end the number at the minus and read 5 and -88.608268, so they place the √ of
 * 全社会 outside the table. pdf.js's op list is the rebuild's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSyntax } from '../../src/filing/pdf-objects.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { appendUpdate } from './forge.js';
import { forgeContent, oneRevision, pageContent } from './font-forge.js';
import { buildFiling, checkCatalogue, filingFindings, has, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

describe('malformed numbers in content', () => {
  it('finds numbers pdf.js mends its own way, and leaves strings, names and comments alone', () => {
    expect(contentSyntax(bytes('1 0 0 1 588.608268 -374.5 Tm .5 w +3 0 Td'))).toBe('');
    expect(contentSyntax(bytes('1 0 0 1 5-88.608268 374.896693 Tm'))).toBe('5-88.608268');
    expect(contentSyntax(bytes('--5 0 Td'))).toBe('--5');
    expect(contentSyntax(bytes('1.2.3 0 Td'))).toBe('1.2.3');
    expect(contentSyntax(bytes('5e2 0 Td'))).toBe('5e2');
    expect(contentSyntax(bytes('- 5 0 Td'))).toBe('-');
    expect(contentSyntax(bytes('(5-5 \\) (x)) Tj /5-5 BMC EMC % 5-5\n<0a0b> Tj /Span <</A 1>> BDC EMC'))).toBe('');
    expect(contentSyntax(bytes('BI /W 1 /H 1 ID 5-5.5e\0 EI 1 0 Td'))).toBe('inline image');
    expect(contentSyntax(bytes('q [(a) 5 (b)] TJ [3 2] 0 d /F1 10 Tf 0 0 1 rg /P <</MCID 0>> BDC EMC Q'))).toBe('');
    expect(contentSyntax(bytes('9 1 0 0 1 588.6 374.8 Tm'))).toBe('7 operands for Tm');
    expect(contentSyntax(bytes('0 0 1 rg 5 Td'))).toBe('1 operands for Td');
    expect(contentSyntax(bytes('[<00gdd> 0] TJ'))).toBe('<00gdd>');
    expect(contentSyntax(bytes('[<00 d\nd> 0] TJ'))).toBe('');
    expect(contentSyntax(bytes(`1 0 0 1 ${'0'.repeat(300)}588.6 374.8 Tm`))).toBe('a token of 305 characters');
    expect(contentSyntax(bytes(`/${'F'.repeat(200)} 10 Tf`))).toBe('a token of 201 characters');
  });

  it.skipIf(!has('qpdf'))('a √ placed with an extra leading operand of Tm (pdf.js keeps the last six, MuPDF the first six) is tampered-document', async () => {
    const forged = forgeContent(good, 5, (c) => c.replace(/\n1 0 0 1 (588\.\d+) (\d+\.\d+) Tm/, '\n9 1 0 0 1 $1 $2 Tm'));
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
  });

  it.skipIf(!has('qpdf'))('a √ written <00gdd> (√ for pdf.js, which skips the g; another character in MuPDF) is tampered-document', async () => {
    const forged = forgeContent(good, 5, (c) => c.replace(/\[<00dd> 0\] TJ/i, '[<00gdd> 0] TJ'));
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
  });

  it.skipIf(!has('qpdf'))(
    'page 5 content as ASCIIHex data with a stray character halfway (pdf.js skips it, MuPDF stops: half a page) is tampered-document',
    async () => {
      const { num, content } = pageContent(good, 5);
      const hex = Buffer.from(content, 'latin1').toString('hex');
      const half = Math.floor(hex.length / 4) * 2;
      const data = `${hex.slice(0, half)}z${hex.slice(half)}>`;
      const body = `<< /Filter /ASCIIHexDecode /Length ${data.length} >>\nstream\n${data}\nendstream`;
      const forged = oneRevision(appendUpdate(good, new Map([[num, body]])));
      const r = await filingFindings(forged, env);
      expect(r.integrity).toBe('tampered');
      expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
    },
  );

  it.skipIf(!has('qpdf'))(
    'a √ placed at 588.608268 written with 300 leading zeros (pdf.js reads it all; PDFium keeps the first 255 characters, 0, and MuPDF reads two numbers) is tampered-document',
    async () => {
      const forged = forgeContent(good, 5, (c) => c.replace(/\n1 0 0 1 (588\.\d+) (\d+\.\d+) Tm/, `\n1 0 0 1 ${'0'.repeat(300)}$1 $2 Tm`));
      const r = await filingFindings(forged, env);
      expect(r.integrity).toBe('tampered');
      expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
    },
  );

  it.skipIf(!has('qpdf'))('a √ placed at 5-88.608268 (588.6 for pdf.js, 5 and -88.6 for PDFium and MuPDF) is tampered-document', async () => {
    const forged = forgeContent(good, 5, (c) => c.replace(/\n1 0 0 1 5(88\.\d+) (\d+\.\d+) Tm/, '\n1 0 0 1 5-$1 $2 Tm'));
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
  });
});
