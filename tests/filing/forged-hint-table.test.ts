/**
 * A linearized file's page offset hint table (ISO 32000-1 Annex F.4.1): Acrobat, reading the file over HTTP byte
 * ranges, finds page N's objects at the offset the table gives it (the first page's offset plus the lengths of
 * the pages before), not by walking the page tree. qpdf --linearize of the genuine filing, one number of the hint
 * stream changed: page 4's length grows by page 5's, so the table places page 5 where page 6's objects begin
 * (and every later page one on): page 5 missing while loading. pdf.js, MuPDF, PDFium and poppler do not read hint
 * tables (qpdf --check-linearization does, and reports the page lengths).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { buildFiling, checkCatalogue, filingFindings, has, run, tempDir, verifyEnv } from './helpers.js';

const dir = tempDir();
let env: VerifyEnv;
let linearized: Buffer;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  const good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
  if (!has('qpdf')) return;
  writeFileSync(join(dir, 'good.pdf'), good);
  // Stored (level 0), so the hint stream compressed again at level 9 (by qpdf's zlib, in `deflate`) fits in place.
  run('qpdf', ['--linearize', '--compression-level=0', join(dir, 'good.pdf'), join(dir, 'lin.pdf')]);
  linearized = readFileSync(join(dir, 'lin.pdf'));
});

/** Big-endian bit fields of `data`, read and written at a bit position. */
function bits(data: Uint8Array, at: number, n: number, value?: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) {
    const byte = at + i;
    const mask = 1 << (7 - (byte & 7));
    if (value !== undefined) {
      const bit = Math.floor(value / 2 ** (n - 1 - i)) & 1;
      data[byte >> 3] = bit ? (data[byte >> 3] ?? 0) | mask : (data[byte >> 3] ?? 0) & ~mask;
    }
    v = v * 2 + ((data[byte >> 3] ?? 0) & mask ? 1 : 0);
  }
  return v;
}

/** `data` compressed by qpdf at level 9: a one-stream PDF written out by qpdf, its stream's data read back. */
function deflate(data: Uint8Array): Buffer {
  const head = Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Hint 3 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Length ${data.length} >>\nstream\n`,
  );
  const tail = Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n');
  writeFileSync(join(dir, 'hint.in.pdf'), Buffer.concat([head, data, tail]));
  run('qpdf', ['--compression-level=9', '--compress-streams=y', '--object-streams=disable', join(dir, 'hint.in.pdf'), join(dir, 'hint.pdf')]);
  const out = readFileSync(join(dir, 'hint.pdf'));
  const at = out.indexOf('/Hint ', 0, 'latin1');
  const n = /\/Hint (\d+) 0 R/.exec(out.toString('latin1', at, at + 20))?.[1];
  const obj = out.indexOf(`\n${n} 0 obj`, 0, 'latin1');
  const length = Number(/\/Length (\d+)/.exec(out.toString('latin1', obj, obj + 200))?.[1]);
  const dataAt = out.indexOf('stream', obj, 'latin1') + 'stream\n'.length;
  return out.subarray(dataAt, dataAt + length);
}

/** The linearized file with page `from`'s length in the page offset hint table grown by page `from + 1`'s (1-based), or its count of objects by one. */
function shiftedHints(file: Buffer, from: number, what: 'lengths' | 'objects' = 'lengths'): Buffer {
  const text = file.toString('latin1');
  const h = /\/H \[ ?(\d+) (\d+) ?\]/.exec(text);
  const pages = Number(/\/N (\d+)/.exec(text)?.[1]);
  if (!h) throw new Error('no /H');
  const hintAt = Number(h[1]);
  const dataAt = file.indexOf('stream', hintAt, 'latin1') + 'stream\n'.length;
  const length = Number(/\/Length (\d+)/.exec(text.slice(hintAt, dataAt))?.[1]);
  const data = new Uint8Array(inflateSync(file.subarray(dataAt, dataAt + length)));
  const nbitsObjects = bits(data, 64, 16);
  const nbitsLength = bits(data, 112, 16);
  // 13 header items (36 bytes), then item 1 for every page (to a byte boundary), then item 2 (delta page length).
  const lengthsAt = (36 + Math.ceil((pages * nbitsObjects) / 8)) * 8;
  const grown = lengthsAt + (from - 1) * nbitsLength;
  const next = bits(data, lengthsAt + from * nbitsLength, nbitsLength);
  const least = bits(data, 80, 32);
  if (what === 'objects') {
    // Page `from`'s count of objects one more: a reader numbering pages by the table takes page from + 1's object for its first.
    const at = 36 * 8 + (from - 1) * nbitsObjects;
    bits(data, at, nbitsObjects, bits(data, at, nbitsObjects) + 1);
  } else bits(data, grown, nbitsLength, bits(data, grown, nbitsLength) + next + least);
  const packed = deflate(data);
  if (packed.length > length) throw new Error('hint stream grew');
  // Same /Length: zeros after the Flate data (every inflater stops at its end), so no offset moves.
  const out = Buffer.from(file);
  out.fill(0, dataAt, dataAt + length);
  Buffer.from(packed).copy(out, dataAt);
  return out;
}

describe('a linearized filing whose page offset hint table places a page elsewhere', () => {
  it.skipIf(!has('qpdf'))('qpdf --linearize of the genuine filing stays ok', async () => {
    const r = await filingFindings(new Uint8Array(linearized), env);
    expect(r.integrity).toBe('ok');
  });

  it.skipIf(!has('qpdf'))('page 5 pointed at page 6 by the hint table (page tree, xref and painting genuine) is tampered-document', async () => {
    const forged = shiftedHints(linearized, 4);
    writeFileSync(join(dir, 'forged.pdf'), forged);
    // The forgery is the hint table alone: qpdf reads it and finds the page lengths wrong.
    const check = spawnSync('qpdf', ['--check-linearization', join(dir, 'forged.pdf')], { encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`).toMatch(/page length mismatch/);
    const r = await filingFindings(new Uint8Array(forged), env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => f.messageId)).toContain('frame');
  });

  it.skipIf(!has('qpdf'))('page 4’s count of objects one more (page 5 numbered as its content stream) is tampered-document', async () => {
    const forged = shiftedHints(linearized, 4, 'objects');
    writeFileSync(join(dir, 'objects.pdf'), forged);
    const check = spawnSync('qpdf', ['--check-linearization', join(dir, 'objects.pdf')], { encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`).toMatch(/mismatch/);
    const r = await filingFindings(new Uint8Array(forged), env);
    expect(r.integrity).toBe('tampered');
  });
});
