/**
 * `node scripts/check-plain-layout.mjs` (after `npm run build`): the exhaustive check behind
 * src/render/pdf/plain-layout.ts. For each bundled font, every character the plain layout takes
 * (outside the hanzi blocks, plus a sample of hanzi) is laid out alone and next to every other one,
 * with fontkit's shaping and without; any difference in glyphs or positions is listed and the exit
 * code is 1. Run it when a font package is upgraded (~40 s); the test suite checks a sample.
 */
import { create } from 'fontkit';
import { loadDefaultFonts } from '../lib/render/fonts/fonts.js';
import { isPlain } from '../lib/render/pdf/plain-layout.js';

const HANZI_SAMPLE = '中国一二三号年月日教育局公开目录条款项第其他义务学校（）';
const chars = [];
for (let c = 0x20; c < 0x10000; c++) {
  const hanzi = (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
  if (!hanzi && isPlain(c)) chars.push(String.fromCodePoint(c));
}
chars.push(...HANZI_SAMPLE);

let failures = 0;
const seen = new Set();
for (const file of Object.values(loadDefaultFonts().fonts)) {
  if (seen.has(file)) continue;
  seen.add(file);
  const font = create(file.bytes);
  const same = (text) => {
    const shaped = font.layout(text);
    const plain = [...text].map((ch) => font.glyphForCodePoint(ch.codePointAt(0)));
    if (shaped.glyphs.length !== plain.length) return false;
    return plain.every((glyph, i) => {
      const p = shaped.positions[i];
      return shaped.glyphs[i].id === glyph.id && p.xAdvance === glyph.advanceWidth && !p.yAdvance && !p.xOffset && !p.yOffset;
    });
  };
  const own = chars.filter((c) => font.hasGlyphForCodePoint(c.codePointAt(0)));
  const bad = own.filter((c) => !same(c));
  for (const a of own) for (const b of own) if (!same(a + b)) bad.push(a + b);
  failures += bad.length;
  console.log(
    `${file.name}: ${own.length} characters, ${own.length ** 2} pairs — ${
      bad.length === 0
        ? 'all plain'
        : `${bad.length} differ: ${bad
            .slice(0, 50)
            .map((s) => JSON.stringify(s))
            .join(' ')}`
    }`,
  );
}
process.exitCode = failures === 0 ? 0 : 1;
