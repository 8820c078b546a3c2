/**
 * Object streams read one way by pdf.js and verify's parser (the index-th object, whatever number the
 * stream's header gives it) and another by MuPDF (the first object the header gives each number). One
 * revision, written as qpdf writes object streams: verify proved (or pdf.js painted) the genuine page while
 * MuPDF showed a forged one.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeStream, type PdfDict } from '../../src/filing/pdf-syntax.js';
import { startxref } from '../../src/filing/pdf-xref.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { objectsOf, pageAndCatalog, pdf } from './forge.js';
import { pageContent } from './font-forge.js';
import { buildFiling, checkCatalogue, filingFindings, has, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let packed: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  if (!has('qpdf')) return;
  const good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
  const dir = tempDir('catalog-objstm-');
  writeFileSync(join(dir, 'in.pdf'), good);
  const r = spawnSync('qpdf', ['--object-streams=generate', join(dir, 'in.pdf'), join(dir, 'out.pdf')], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 3) throw new Error(`qpdf failed: ${r.stderr}`);
  packed = new Uint8Array(readFileSync(join(dir, 'out.pdf')));
});

const obj = (n: number, body: Buffer): Buffer => Buffer.concat([Buffer.from(`${n} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
const flate = (dict: string, data: Buffer): Buffer =>
  Buffer.concat([
    Buffer.from(`<< ${dict} /Filter /FlateDecode /Length ${deflateSync(data).length} >>\nstream\n`),
    deflateSync(data),
    Buffer.from('\nendstream'),
  ]);

/**
 * `packed` (qpdf's object streams) with the object stream that holds page `n` rewritten by `edit` (given
 * the header's numbers and offsets, the objects' text and page `n`'s index, number and a forged copy of its
 * dictionary whose content is `forgedContent`), still one revision: the old stream and xref blanked, the
 * new stream, the forged content and a new xref stream appended.
 */
function forgeObjectStream(
  n: number,
  forgedContent: string,
  edit: (s: { pairs: [number, number][]; body: Buffer; index: number; page: number; forgedPage: string }) => { pairs: [number, number][]; body: Buffer },
): Uint8Array {
  const { table, trailer, size } = objectsOf(packed);
  const { page } = pageAndCatalog(packed, n);
  const where = table.entries.get(page.num);
  if (where?.kind !== 'packed') throw new Error(`page ${n} is not in an object stream`);
  const holder = table.get(where.stream) as PdfDict;
  const data = Buffer.from(decodeStream(holder));
  const first = Number(holder.v.get('First'));
  const nums = data.subarray(0, first).toString('latin1').trim().split(/\s+/).map(Number);
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) pairs.push([nums[i] ?? 0, nums[i + 1] ?? 0]);
  const content = size;
  const forgedPage = pdf(page.dict).replace(/\/Contents \d+ 0 R/, `/Contents ${content} 0 R`);
  const edited = edit({ pairs, body: data.subarray(first), index: where.index, page: page.num, forgedPage });
  const header = Buffer.from(`${edited.pairs.map(([a, b]) => `${a} ${b}`).join(' ')}\n`);
  const out = Buffer.from(packed);
  const blank = (at: number): void => {
    out.fill(0x20, at, out.indexOf('endobj', at, 'latin1') + 6);
  };
  const oldStream = table.entries.get(where.stream);
  if (oldStream?.kind !== 'offset') throw new Error('object stream not at an offset');
  blank(oldStream.at);
  const xrefAt = startxref(packed, 0, packed.length);
  const xrefNum = Number(/^(\d+) 0 obj/.exec(out.subarray(xrefAt, xrefAt + 20).toString('latin1'))?.[1]);
  const parts: Buffer[] = [out.subarray(0, xrefAt)];
  let at = xrefAt;
  const offsets = new Map<number, number>();
  for (const [num, body] of [
    [where.stream, flate(`/Type /ObjStm /N ${edited.pairs.length} /First ${header.length}`, Buffer.concat([header, edited.body]))],
    [content, flate('', Buffer.from(forgedContent, 'latin1'))],
  ] as const) {
    offsets.set(num, at);
    parts.push(obj(num, body));
    at += parts.at(-1)?.length ?? 0;
  }
  const xref = size + 1;
  offsets.set(xref, at);
  const rows = Buffer.alloc((xref + 1) * 7);
  for (let i = 0; i <= xref; i++) {
    const e = offsets.has(i) ? { kind: 'offset' as const, at: offsets.get(i) ?? 0 } : i === xrefNum ? undefined : table.entries.get(i);
    const [type, a, b] = e?.kind === 'offset' ? [1, e.at, 0] : e?.kind === 'packed' ? [2, e.stream, e.index] : [0, 0, i === 0 ? 65535 : 0];
    rows.writeUInt8(type, i * 7);
    rows.writeUInt32BE(a, i * 7 + 1);
    rows.writeUInt16BE(b, i * 7 + 5);
  }
  const keep = ['Root', 'Info', 'ID'].filter((k) => trailer.v.has(k)).map((k) => `/${k} ${pdf(trailer.v.get(k) ?? null)}`);
  parts.push(obj(xref, flate(`/Type /XRef /W [1 4 2] /Size ${xref + 1} ${keep.join(' ')}`, rows)));
  parts.push(Buffer.from(`startxref\n${at}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

/** Page 5's content with its first √ of 全社会 moved to the 特定群体 column. */
function movedMark(): string {
  const { content } = pageContent(packed, 5);
  const moved = content.replace('1 0 0 1 588.608268 374.896693 Tm', '1 0 0 1 608.450787 374.896693 Tm');
  if (moved === content) throw new Error('no √ of 全社会 on page 5 where expected');
  return moved;
}

describe('an object stream whose header numbers its objects otherwise than the xref', () => {
  it.skipIf(!has('qpdf'))('the object streams qpdf writes are still other-version', async () => {
    const r = await filingFindings(packed, env);
    expect(r.integrity).toBe('ok');
  });

  it.skipIf(!has('qpdf'))(
    "page 5's slot given another number and a forged page 5 appended under its number (MuPDF shows the forged page) is tampered-document",
    async () => {
      // pdf.js and verify take the index-th object (the genuine page); MuPDF keeps the first object the header gives 24.
      const forged = forgeObjectStream(5, movedMark(), ({ pairs, body, index, page, forgedPage }) => {
        // The slot's new number is the forged content's (an object at an offset, which MuPDF does not take from a stream).
        const other = objectsOf(packed).size;
        const relabelled = pairs.map(([num, at], i): [number, number] => [i === index ? other : num, at]);
        return { pairs: [...relabelled, [page, body.length + 1]], body: Buffer.concat([body, Buffer.from(`\n${forgedPage}`)]) };
      });
      const r = await filingFindings(forged, env);
      expect(r.integrity).toBe('tampered');
    },
  );
});
