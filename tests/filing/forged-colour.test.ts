/**
 * A colour space a viewer applies and pdf.js does not: /DefaultRGB in a page's /ColorSpace resources
 * stands in for every DeviceRGB colour the page paints (ISO 32000 8.6.5.6). An ICC profile whose tone
 * curves are inverted shows the page's black as white in PDFium (Chrome, Edge) and other colour-managed
 * viewers: page 5 of the catalogue is blank there. pdf.js 4 ignores ICC profiles and default colour spaces,
 * so its op list ("#000000") is the rebuild's, and the content streams are untouched.
 *
 * The same profile as the PDF/A output intent's /DestOutputProfile: MuPDF (and the readers built on it)
 * paints device colours through the document's output intent, so every page is blank there.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isDict, isRef, type PdfDict, type PdfValue } from '../../src/filing/pdf-syntax.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { appendUpdate, pageAndCatalog, withEntries } from './forge.js';
import { oneRevision } from './font-forge.js';
import { buildFiling, checkCatalogue, filingFindings, has, tempDir, verifyEnv } from './helpers.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/** An RGB display profile (ICC v2, matrix/TRC) whose three tone curves run from 1 down to 0: black shows as white. */
function invertingProfile(): Buffer {
  const s15 = (x: number): Buffer => {
    const b = Buffer.alloc(4);
    b.writeInt32BE(Math.round(x * 65536));
    return b;
  };
  const xyz = (x: number, y: number, z: number): Buffer => Buffer.concat([Buffer.from('XYZ \0\0\0\0', 'latin1'), s15(x), s15(y), s15(z)]);
  const curve = Buffer.from([...Buffer.from('curv\0\0\0\0', 'latin1'), 0, 0, 0, 2, 0xff, 0xff, 0, 0]);
  const desc = Buffer.concat([
    Buffer.from('desc\0\0\0\0', 'latin1'),
    Buffer.from([0, 0, 0, 9]),
    Buffer.from('inverted\0', 'latin1'),
    Buffer.alloc(8 + 2 + 1 + 67),
  ]);
  const tags: [string, Buffer][] = [
    ['desc', desc],
    ['wtpt', xyz(0.9642, 1, 0.8249)],
    ['rXYZ', xyz(0.4361, 0.2225, 0.0139)],
    ['gXYZ', xyz(0.3851, 0.7169, 0.0971)],
    ['bXYZ', xyz(0.1431, 0.0606, 0.7141)],
    ['rTRC', curve],
    ['gTRC', curve],
    ['bTRC', curve],
    ['cprt', Buffer.from('text\0\0\0\0none\0\0\0\0', 'latin1')],
  ];
  const pad = (b: Buffer): Buffer => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
  let offset = 128 + 4 + 12 * tags.length;
  const table: Buffer[] = [];
  const data: Buffer[] = [];
  for (const [sig, body] of tags) {
    const entry = Buffer.alloc(12);
    entry.write(sig, 0, 'latin1');
    entry.writeUInt32BE(offset, 4);
    entry.writeUInt32BE(pad(body).length, 8);
    table.push(entry);
    data.push(pad(body));
    offset += pad(body).length;
  }
  const count = Buffer.alloc(4);
  count.writeUInt32BE(tags.length);
  const header = Buffer.alloc(128);
  header.writeUInt32BE(offset, 0);
  header.write('lcms', 4, 'latin1');
  header.writeUInt32BE(0x02100000, 8);
  header.write('mntrRGB XYZ ', 12, 'latin1');
  header.write('acspAPPL', 36, 'latin1');
  s15(0.9642).copy(header, 68);
  s15(1).copy(header, 72);
  s15(0.8249).copy(header, 76);
  header.write('lcms', 80, 'latin1');
  return Buffer.concat([header, count, ...table, ...data]);
}

describe('a default colour space a viewer applies', () => {
  it.skipIf(!has('qpdf'))('/DefaultRGB with an inverting ICC profile in page 5 resources (black shown as white) is tampered-document', async () => {
    const { page, table, size } = pageAndCatalog(good, 5);
    const res = page.dict.v.get('Resources');
    if (!isRef(res)) throw new Error('page 5 resources are not an object of their own');
    const profile = invertingProfile();
    const icc = Buffer.concat([
      Buffer.from(`<< /N 3 /Alternate /DeviceRGB /Length ${profile.length} >>\nstream\n`, 'latin1'),
      profile,
      Buffer.from('\nendstream', 'latin1'),
    ]);
    const forged = oneRevision(
      appendUpdate(
        good,
        new Map<number, string | Buffer>([
          [res.n, withEntries(table.get(res.n) as PdfDict, { ColorSpace: `<< /DefaultRGB [/ICCBased ${size} 0 R] >>` })],
          [size, icc],
        ]),
      ),
    );
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}`)).toContain('tampered-document:frame');
  });

  it.skipIf(!has('qpdf'))('the output intent profile replaced by an inverting one (every page blank in MuPDF) is tampered-document', async () => {
    const { catalog, table } = pageAndCatalog(good, 1);
    const intents = table.get((catalog.dict.v.get('OutputIntents') as PdfValue[]).map((r) => (isRef(r) ? r.n : 0))[0] ?? 0);
    const profileRef = isDict(intents) ? intents.v.get('DestOutputProfile') : undefined;
    if (!isRef(profileRef)) throw new Error('no output intent profile');
    const profile = invertingProfile();
    const icc = Buffer.concat([Buffer.from(`<< /N 3 /Length ${profile.length} >>\nstream\n`, 'latin1'), profile, Buffer.from('\nendstream', 'latin1')]);
    const forged = oneRevision(appendUpdate(good, new Map<number, string | Buffer>([[profileRef.n, icc]])));
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
    expect(r.found.map((f) => `${f.rule}:${f.messageId}:${String(f.data?.part ?? '')}`)).toContain('tampered-document:document:outputIntents');
  });
});
