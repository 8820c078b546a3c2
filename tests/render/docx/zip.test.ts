/** Zipping docx's compiled parts directly gives the same bytes as re-zipping docx's packed file. */
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument, renderDocx } from '../../../src/render/docx/index.js';
import { normalizeDocx } from '../../../src/render/docx/package.js';
import { normalOffGrid } from '../../../src/render/docx/grid.js';
import { officialDocument } from './fixture.js';

describe('DOCX packaging', () => {
  it('the compiler shortcut and the packed-then-normalised path are byte-identical', async () => {
    const doc = officialDocument('catalogues/weihui.yaml', 'filing');
    const opts = { profile: 'gbt9704' as const, sourceSha256: doc.info.sourceSha256 };
    const packed = await Packer.toBuffer(buildDocument(doc, opts));
    const slow = normalizeDocx(new Uint8Array(packed), doc.info.date, { 'word/styles.xml': normalOffGrid });
    expect(Buffer.from(await renderDocx(doc, opts)).equals(Buffer.from(slow))).toBe(true);
  });
});
