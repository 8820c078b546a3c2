// revisions.ts, paint-objects.ts and pdf-xref.ts read a PDF's bytes as Buffer's Latin-1 instead of TextDecoder's
// (windows-1252): the same length, and every byte falls in the same classes of their patterns either way.
import { describe, expect, it } from 'vitest';
import { splitRevisions, restructured } from '../../src/filing/revisions.js';
import { strayObject } from '../../src/filing/pdf-xref.js';

const CLASSES: readonly RegExp[] = [/\s/, /\d/, /[0-9]/, /[A-Za-z0-9]/, /\w/, /[\0-\x3f]/, /[\0\t\n\f\r ]/, /[>]/, /[^>]/];

describe('Latin-1 text of PDF bytes', () => {
  it('every byte is one character in the same pattern classes, and trims alike, in both decoders', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const ours = Buffer.from(bytes).toString('latin1');
    const icu = new TextDecoder('latin1').decode(bytes);
    expect(ours.length).toBe(256);
    expect(icu.length).toBe(256);
    for (let i = 0; i < 256; i++) {
      for (const re of CLASSES) expect([i, re.test(ours[i]!)]).toEqual([i, re.test(icu[i]!)]);
      expect([i, ours[i]!.trim() === '']).toEqual([i, icu[i]!.trim() === '']);
      if (i < 0x80 || i >= 0xa0) expect(ours[i]).toBe(icu[i]);
    }
  });

  it('splits revisions, spots restructured files and stray objects with high bytes around the markers', () => {
    const high = Buffer.from([0x85, 0xa0, 0x80, 0x9f, 0xff]).toString('latin1');
    const text = `%PDF-1.7\n%${high}\n1 0 obj\n<<>>\nendobj\n${high}2\u00850 obj\nxref\ntrailer\n<<>>\nstartxref\n9\n%%EOF\n${high}3 0 obj\n<< /Type /XRef >>\nendobj\nstartxref\u00a012\n%%EOF\n`;
    const bytes = new Uint8Array(Buffer.from(text, 'latin1'));
    expect(splitRevisions(bytes)).toEqual([
      { start: 0, end: text.indexOf('%%EOF') + 6 },
      { start: text.indexOf('%%EOF') + 6, end: bytes.length },
    ]);
    expect(restructured(bytes)).toBe(true);
    const first = `1 0 obj @${text.indexOf('1 0 obj')}`;
    expect(strayObject(bytes, 0, bytes.length, new Map())).toBe(first);
    // A view into a larger buffer: nothing outside it is read.
    const inner = new Uint8Array(Buffer.concat([Buffer.from('7 0 obj '), Buffer.from(bytes), Buffer.from(' 8 0 obj')])).subarray(8, 8 + bytes.length);
    expect(strayObject(inner, 0, inner.length + 100, new Map())).toBe(first);
    // "2<0x85>0 obj" is no header (0x85 is no PDF whitespace in either reading); the next is 3 0 obj.
    const last = text.indexOf('3 0 obj');
    expect(strayObject(inner, 40, inner.length + 100, new Map())).toBe(`3 0 obj @${last}`);
    expect(strayObject(inner, last + 1, inner.length + 100, new Map())).toBeUndefined();
  });
});
