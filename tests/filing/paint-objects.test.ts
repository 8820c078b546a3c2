/** The proof of equal painting by objects: a re-save of the same objects is proven, any change to what is painted is not (pdf.js then decides). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sameObjectGraph } from '../../src/filing/paint-objects.js';
import { appendUpdate, paintOver, pageAndCatalog, withEntries } from './forge.js';
import { buildFiling, checkCatalogue, has, run, tempDir } from './helpers.js';

const dir = tempDir();
let good: Uint8Array;

/** The file qpdf writes from `bytes` with `args` (one revision). */
function qpdf(bytes: Uint8Array, name: string, args: readonly string[]): Uint8Array {
  const input = join(dir, `${name}.in.pdf`);
  const out = join(dir, `${name}.pdf`);
  writeFileSync(input, bytes);
  run('qpdf', [...args, input, out]);
  return new Uint8Array(readFileSync(out));
}

beforeAll(async () => {
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

describe('sameObjectGraph', () => {
  it('proves a filing equal to itself', () => {
    expect(sameObjectGraph(good, good)).toBe(true);
  });

  it.skipIf(!has('qpdf'))('proves re-saves by qpdf (linearized, object streams, streams recompressed) equal to the rebuild', () => {
    for (const args of [['--linearize'], ['--object-streams=generate'], ['--recompress-flate', '--compression-level=1']]) {
      const resaved = qpdf(good, args.join(''), args);
      expect(Buffer.compare(resaved, good)).not.toBe(0);
      expect(sameObjectGraph(resaved, good), args.join(' ')).toBe(true);
    }
  });

  it.skipIf(!has('qpdf'))('does not prove a forgery flattened into one revision: painted over, an annotation, a new title', () => {
    const { page, size, info } = pageAndCatalog(good, 3);
    const forgeries = [
      paintOver(good, 3, 'q 1 1 1 rg 90 300 420 40 re f Q'),
      appendUpdate(
        good,
        new Map([
          [size, '<< /Type /Annot /Subtype /Square /Rect [90 300 510 340] /F 4 >>'],
          [page.num, withEntries(page.dict, { Annots: `[${size} 0 R]` })],
        ]),
      ),
      appendUpdate(good, new Map([[info ?? 0, '<< /Title (Forged) /Producer (catalog) >>']])),
    ];
    forgeries.forEach((forged, i) => {
      expect(sameObjectGraph(forged, good), `incremental ${i}`).toBe(false);
      expect(sameObjectGraph(qpdf(forged, `forged-${i}`, []), good), `flattened ${i}`).toBe(false);
    });
  });

  it('does not prove a file whose xref names another object than the one at its offset', () => {
    const text = Buffer.from(good).toString('latin1');
    // Object 1's header renumbered in place: a viewer would repair the file its own way.
    const at = text.search(/\n1 0 obj/);
    expect(at).toBeGreaterThan(0);
    const broken = Buffer.from(good);
    broken.write('\n9', at, 'latin1');
    expect(sameObjectGraph(broken, good)).toBe(false);
  });

  it.skipIf(!has('qpdf'))('does not prove a linearized file whose last startxref is not the first-page xref (where pdf.js starts)', () => {
    const text = Buffer.from(qpdf(good, 'lin', ['--linearize'])).toString('latin1');
    const prev = /\/Prev\s+(\d+)/.exec(text);
    const last = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(text);
    expect(prev && last).toBeTruthy();
    // The file still reads (the chain from the main xref), but not as pdf.js would start reading it.
    const patched = Buffer.from(`${text.slice(0, last!.index)}startxref\n${prev![1]}\n%%EOF\n`, 'latin1');
    expect(sameObjectGraph(patched, good)).toBe(false);
  });
});
