/**
 * Generation numbers in signing updates. A reference names an object by number and generation (ISO 32000-1
 * §7.3.10): once an update's xref gives object N generation 1, `N 0 R` names an object that no longer exists
 * (null). A signing update (seal over the 落款, signature valid) that writes page 5's content stream again,
 * byte for byte, as `N 1 obj` with xref generation 00001: poppler (pdftotext, pdftoppm; Evince, Okular) takes
 * page 5's /Contents for null and shows page 5 blank; pdf.js and MuPDF ignore the generation and paint it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isRef } from '../../src/filing/pdf-syntax.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { objectsOf, pageAndCatalog } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';
import { addSignaturePlaceholder, signPlaceholder } from './sign.js';

const dir = tempDir();
let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

/** The body of object `n` as the file writes it (between `n 0 obj` and `endobj`). */
function bodyOf(bytes: Uint8Array, n: number): Buffer {
  const e = objectsOf(bytes).table.entries.get(n);
  if (e?.kind !== 'offset') throw new Error('not at an offset');
  const src = Buffer.from(bytes);
  const start = src.indexOf('obj', e.at, 'latin1') + 3;
  return src.subarray(start, src.indexOf('endobj', start, 'latin1'));
}

/** A signing update (seal over the 落款) that also writes object `n` again unchanged, under generation `gen`. */
async function signedWithGeneration(n: number, gen: number): Promise<Uint8Array> {
  const placeholder = Buffer.from(addSignaturePlaceholder(good, 3, {}, { objects: new Map([[n, bodyOf(good, n)]]) }));
  const header = placeholder.indexOf(`\n${n} 0 obj`, good.length, 'latin1');
  placeholder.write(`\n${n} ${gen} obj`, header, 'latin1');
  const row = placeholder.indexOf(`\n${n} 1\n`, good.length, 'latin1') + `\n${n} 1\n`.length;
  placeholder.write(String(gen).padStart(5, '0'), row + 11, 'latin1');
  return signPlaceholder(new Uint8Array(placeholder), 'Weihui Education Bureau');
}

describe('a signing update that gives an existing object another generation', () => {
  it('page 5’s content written again as generation 1 is tampered-document', async () => {
    const contents = pageAndCatalog(good, 5).page.dict.v.get('Contents');
    if (!isRef(contents)) throw new Error('unexpected contents');
    const forged = await signedWithGeneration(contents.n, 1);
    writeFileSync(join(dir, 'generation.pdf'), forged);
    const r = await filingFindings(forged, env);
    expect(r.integrity).toBe('tampered');
  });

  it('the same object written again as generation 0 (a no-op) stays a signature', async () => {
    const contents = pageAndCatalog(good, 5).page.dict.v.get('Contents');
    if (!isRef(contents)) throw new Error('unexpected contents');
    const r = await filingFindings(await signedWithGeneration(contents.n, 0), env);
    expect(r.integrity).toBe('ok');
  });
});
