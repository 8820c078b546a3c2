/**
 * A seal over the 落款 whose annotation flags or appearance states make some viewer show it otherwise than
 * pdf.js: /F NoZoom (Acrobat keeps the seal's size on screen when the reader zooms out, so at 50 % an 80 mm
 * seal covers the report around the 落款), NoRotate (it stays upright, swung about its corner, when the page is
 * turned), ToggleNoView; an /AP /N dictionary of states picked by /AS (each viewer picks its own when /AS
 * names none), a /D (mouse-down) appearance other than /N. A seal is one appearance, printed, shown as placed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { objectsOf, stream } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, tempDir, verifyEnv } from './helpers.js';
import { addSignaturePlaceholder, signPlaceholder } from './sign.js';

let env: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  env = verifyEnv(tempDir());
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
});

const sealed = async (extra: Record<string, string>, objects = new Map<number, string | Buffer>()): Promise<{ integrity: string; what: string }> => {
  const r = await filingFindings(await signPlaceholder(addSignaturePlaceholder(good, undefined, extra, { objects }), 'Weihui Education Bureau'), env);
  return { integrity: r.integrity, what: r.found.map((f) => String(f.data?.what ?? '')).join('; ') };
};

describe('seal annotation flags', () => {
  it.each([
    ['Print', '4'],
    ['Print and Locked', '132'],
  ])('a seal flagged %s stays signed-document', async (_name, flags) => {
    expect((await sealed({ F: flags })).integrity).toBe('ok');
  });

  it.each([
    ['NoZoom', '12'],
    ['NoRotate', '20'],
    ['ToggleNoView', '260'],
    ['not a number', '(4)'],
  ])('a seal flagged %s is tampered-document', async (_name, flags) => {
    const r = await sealed({ F: flags });
    expect(r.integrity).toBe('tampered');
    expect(r.what).toMatch(/seal \/F/);
  });
});

describe('seal appearance states', () => {
  it('an /AP /N dictionary of states (the seal picked by /AS) is tampered-document', async () => {
    const size = objectsOf(good).size;
    const r = await sealed({ AP: `<< /N << /On ${size + 2} 0 R /Off ${size + 2} 0 R >> >>`, AS: '/On' });
    expect(r.integrity).toBe('tampered');
    expect(r.what).toMatch(/seal \/AP/);
  });

  it('a /D appearance other than /N is tampered-document', async () => {
    const size = objectsOf(good).size;
    const other = size + 10;
    const r = await sealed(
      { AP: `<< /N ${size + 2} 0 R /D ${other} 0 R >>` },
      new Map([
        [
          other,
          stream(`/Type /XObject /Subtype /Form /BBox [0 0 113 113] /Resources << /XObject << /Im1 ${size + 3} 0 R >> >>`, 'q 56 0 0 56 0 0 cm /Im1 Do Q'),
        ],
      ]),
    );
    expect(r.integrity).toBe('tampered');
    expect(r.what).toMatch(/seal \/AP/);
  });
});
