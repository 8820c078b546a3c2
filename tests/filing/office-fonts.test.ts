/** Filings built with `--fonts` (an office's own fonts): verified with the bureau's trusted fonts, or failing with the right reason without them; forgeries are errors either way. */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCatalogue } from '../../src/build/render.js';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { templatesDir, toolVersion } from '../../src/util/paths.js';
import { readFileSync } from 'node:fs';
import { fontProgram, glyphIdOf, paintedOver, rewriteGlyphs, withFontProgram } from './font-forge.js';
import { buildFiling, checkCatalogue, filingDocument, filingFindings, has, repoRoot, tempDir, verifyEnv } from './helpers.js';
import type { Checked } from '../../src/check/check.js';

const serif = (w: string): string => join(repoRoot, 'node_modules/@expo-google-fonts/noto-serif-sc', w, `NotoSerifSC_${w}.ttf`);
const sansMedium = join(repoRoot, 'node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Medium.otf');

/** The font with another head.fontRevision: another release of the face whose glyphs are all the same. */
function anotherRelease(path: string): string {
  const b = Buffer.from(readFileSync(path));
  const count = b.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    if (b.toString('latin1', at, at + 4) === 'head') b.writeUInt32BE(b.readUInt32BE(b.readUInt32BE(at + 8) + 4) + 0x10000, b.readUInt32BE(at + 8) + 4);
  }
  const out = join(tempDir('catalog-release-'), 'NotoSerifSC_300Light.ttf');
  writeFileSync(out, b);
  return out;
}

/** A county's font folder: 仿宋 a TrueType face, 黑体 a CFF (OpenType) one, under their Windows file names. */
function fontFolder(fang: string): string {
  const dir = join(tempDir('catalog-office-fonts-'), 'Fonts');
  mkdirSync(dir);
  copyFileSync(fang, join(dir, 'simfang.ttf'));
  copyFileSync(sansMedium, join(dir, 'simhei.ttf'));
  return dir;
}

const templates = {
  notice: readFileSync(join(templatesDir, 'notice.hbs'), 'utf8'),
  filing: readFileSync(join(templatesDir, 'filing.hbs'), 'utf8'),
  portal: '',
};

/** `catalog build --fonts DIR --only filing,pdf`; with `docs`, the pages of another source (the embedded files stay the genuine ones). */
async function build(checked: Checked, fontsDir: string, docs?: Checked): Promise<Uint8Array> {
  const req = {
    checked,
    date: { iso: checked.resolved!.document.date ?? '1980-01-01', undated: !checked.resolved!.document.date },
    templates,
    selection: { notice: false, filing: true, html: false, docx: false, pdf: true },
    profile: 'gbt9704' as const,
    toolVersion: toolVersion(),
    fontsDir,
  };
  if (docs) {
    const { renderPdfFiles } = await import('../../src/build/pdf.js');
    return (await renderPdfFiles([['filing', filingDocument(docs)]], req))[0]!.bytes as Uint8Array;
  }
  return (await renderCatalogue(req))[0]!.bytes as Uint8Array;
}

const WHITE_BOX = 'q 1 1 1 rg 90 300 420 40 re f Q';
const MOVED_TICK = 'q 1 1 1 rg 300 200 30 20 re f Q q 0 0 0 RG 1 w 420 210 m 425 203 l 435 220 l S Q';

let county: string;
let bureau: VerifyEnv;
let plain: VerifyEnv;
let good: Uint8Array;

beforeAll(async () => {
  county = fontFolder(serif('300Light'));
  const cwd = tempDir();
  plain = verifyEnv(cwd);
  bureau = { ...plain, fontsDir: fontFolder(serif('300Light')) };
  good = await build(checkCatalogue('catalogues/weihui.yaml'), county);
}, 120_000);

describe('a genuine filing built with --fonts', () => {
  it('is ok when the bureau verifies with the same fonts (in a folder of its own)', async () => {
    expect(await filingFindings(good, bureau)).toEqual({ integrity: 'ok', found: [] });
  });

  it('without trusted fonts is unverifiable-rendering naming the fonts that could not be checked', async () => {
    const r = await filingFindings(good, plain);
    expect(r.integrity).toBe('unverified');
    expect(r.found).toEqual([{ rule: 'unverifiable-rendering', messageId: 'fonts', data: { fonts: 'NotoSerifSC-Light、NotoSansHans-Medium' } }]);
  });

  it('with another version of a font in the trusted folder is unverifiable-rendering naming that font and the folder', async () => {
    const other = { ...plain, fontsDir: fontFolder(serif('200ExtraLight')) };
    const r = await filingFindings(good, other);
    expect(r.integrity).toBe('unverified');
    expect(r.found).toEqual([{ rule: 'unverifiable-rendering', messageId: 'trusted', data: { fonts: 'NotoSerifSC-Light', dir: other.fontsDir } }]);
  });

  it.skipIf(!has('qpdf'))(
    'with another release of a font whose glyphs are all the same: positioned glyphs compared, ok (other-version fonts); a white box is still tampered',
    async () => {
      const release = { ...plain, fontsDir: fontFolder(anotherRelease(serif('300Light'))) };
      expect(await filingFindings(good, release)).toEqual({ integrity: 'ok', found: [{ rule: 'other-version', messageId: 'fonts', data: {} }] });
      expect(await filingFindings(paintedOver(good, 3, WHITE_BOX), release)).toMatchObject({
        integrity: 'tampered',
        found: [{ rule: 'tampered-document', messageId: 'paint', data: { page: 3 } }],
      });
    },
  );

  it.skipIf(!has('qpdf'))('re-saved by another program is ok with the trusted fonts', async () => {
    const r = await filingFindings(paintedOver(good, 3, ''), bureau);
    expect(r.integrity).toBe('ok');
  });
});

describe('a forged filing built with --fonts is an error with or without trusted fonts', () => {
  it('another text on the pages (a channel dropped) is tampered-document with the trusted fonts', async () => {
    const forged = await build(checkCatalogue('catalogues/weihui.yaml'), county, checkCatalogue('tests/filing/fixtures/weihui-dropped-channel.yaml'));
    const r = await filingFindings(forged, bureau);
    expect(r.integrity).toBe('tampered');
    expect(r.found[0]).toMatchObject({ rule: 'tampered-document', messageId: 'default' });
    expect((await filingFindings(forged, plain)).found.map((f) => f.rule)).toEqual(['unverifiable-rendering']);
  });

  it.skipIf(!has('qpdf'))('a white box and a moved √ in the first revision are tampered-document (paint) with the trusted fonts', async () => {
    for (const [page, ops] of [
      [3, WHITE_BOX],
      [4, MOVED_TICK],
    ] as const) {
      const forged = paintedOver(good, page, ops);
      const r = await filingFindings(forged, bureau);
      expect(r.integrity).toBe('tampered');
      expect(r.found[0]).toMatchObject({ rule: 'tampered-document', messageId: 'paint', data: { page } });
      expect((await filingFindings(forged, plain)).integrity).toBe('unverified');
    }
  });

  it.skipIf(!has('qpdf'))('two glyphs of the embedded 仿宋 subset swapping outlines: tampered (glyph) with trusted fonts, unverifiable without', async () => {
    const { program } = fontProgram(good, 'NotoSerifSC-Light');
    const [a, b] = [await glyphIdOf(good, 'NotoSerifSC-Light', '主'), await glyphIdOf(good, 'NotoSerifSC-Light', '依')];
    const forged = withFontProgram(
      good,
      'NotoSerifSC-Light',
      rewriteGlyphs(program, (g) => g.map((x, i) => (i === a ? g[b]! : i === b ? g[a]! : x))),
    );
    const r = await filingFindings(forged, bureau);
    expect(r.integrity).toBe('tampered');
    expect(r.found).toEqual([{ rule: 'tampered-document', messageId: 'glyph', data: { font: 'NotoSerifSC-Light', char: expect.stringMatching(/^[主依]$/) } }]);
    expect((await filingFindings(forged, plain)).found.map((f) => f.rule)).toEqual(['unverifiable-rendering']);
  });

  it.skipIf(!has('qpdf'))("one character drawn with another's outline, or with none, is tampered-document even without trusted fonts", async () => {
    const { program } = fontProgram(good, 'NotoSerifSC-Light');
    const [a, b] = [await glyphIdOf(good, 'NotoSerifSC-Light', '主'), await glyphIdOf(good, 'NotoSerifSC-Light', '依')];
    const shared = withFontProgram(
      good,
      'NotoSerifSC-Light',
      rewriteGlyphs(program, (g) => g.map((x, i) => (i === a ? g[b]! : x))),
    );
    for (const env of [plain, bureau]) {
      expect(await filingFindings(shared, env)).toMatchObject({ integrity: 'tampered', found: [{ rule: 'tampered-document', messageId: 'glyphShared' }] });
    }
    const empty = withFontProgram(
      good,
      'NotoSerifSC-Light',
      rewriteGlyphs(program, (g) => g.map((x, i) => (i === a ? Buffer.alloc(0) : x))),
    );
    expect(await filingFindings(empty, plain)).toEqual({
      integrity: 'tampered',
      found: [{ rule: 'tampered-document', messageId: 'glyphEmpty', data: { font: 'NotoSerifSC-Light', char: '主' } }],
    });
  });
});

describe('the default fonts are trusted fonts too', () => {
  it.skipIf(!has('qpdf'))(
    'a filing built with the default fonts passes with --fonts, and two of its glyphs swapped are tampered-document without it',
    async () => {
      const plainGood = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
      expect(await filingFindings(plainGood, bureau)).toEqual({ integrity: 'ok', found: [] });
      const { program } = fontProgram(plainGood, 'NotoSerifSC-Regular');
      const [a, b] = [await glyphIdOf(plainGood, 'NotoSerifSC-Regular', '主'), await glyphIdOf(plainGood, 'NotoSerifSC-Regular', '依')];
      const forged = withFontProgram(
        plainGood,
        'NotoSerifSC-Regular',
        rewriteGlyphs(program, (g) => g.map((x, i) => (i === a ? g[b]! : i === b ? g[a]! : x))),
      );
      expect(await filingFindings(forged, plain)).toMatchObject({
        integrity: 'tampered',
        found: [{ rule: 'tampered-document', messageId: 'glyph', data: { font: 'NotoSerifSC-Regular' } }],
      });
    },
  );
});
