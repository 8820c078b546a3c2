/** Compact CFF subsets: every glyph's outline, with its subroutines inlined, is the same as in the font; the subset is far smaller. */
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { compactSubrs, type CffTable } from '../../src/render/fonts/cff-subrs.js';
import { compactCffSubset, type CffSubsetInternals } from '../../src/render/fonts/small-cff-subset.js';
import { loadDefaultFonts } from '../../src/render/fonts/fonts.js';

type Subrs = readonly { offset: number; length: number }[];
const bias = (n: number): number => (n < 1240 ? 107 : n < 33900 ? 1131 : 32768);
const TEXT = '卫辉市教育局文件关于印发义务教育领域基层政务公开标准目录的通知一级事项二级事项公开内容要素依据时限主体渠道对象方式层级ABC123';

/** A charstring with every call replaced by the subroutine's body (a Type 2 reader of its own, for the test). */
function flatten(bytes: Uint8Array, local: Uint8Array[], global: Uint8Array[], out: number[] = [], state = { stems: 0, args: 0 }): number[] {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b === 28 || b >= 32) {
      const len = b === 28 ? 3 : b <= 246 ? 1 : b <= 254 ? 2 : 5;
      const v =
        b === 28
          ? ((bytes[i + 1]! << 24) >> 16) | bytes[i + 2]!
          : b <= 246
            ? b - 139
            : b <= 250
              ? (b - 247) * 256 + bytes[i + 1]! + 108
              : b <= 254
                ? -(b - 251) * 256 - bytes[i + 1]! - 108
                : NaN;
      out.push(1000000 + v); // numbers and operators kept apart
      state.args++;
      i += len;
      continue;
    }
    i++;
    if (b === 10 || b === 29) {
      const pool = b === 10 ? local : global;
      const n = out.pop()! - 1000000;
      state.args--;
      const end = flatten(pool[n + bias(pool.length)]!, local, global, out, state);
      if (end) return out;
      continue;
    }
    if (b === 11) return out;
    out.push(b);
    if (b === 14) return out;
    if ([1, 3, 18, 23, 19, 20].includes(b)) state.stems += state.args >> 1;
    if (b === 19 || b === 20) for (let k = 0; k < (state.stems + 7) >> 3; k++) out.push(2000 + bytes[i++]!);
    if (b === 12) out.push(3000 + bytes[i++]!);
    state.args = 0;
  }
  return out;
}

const sans = loadDefaultFonts().fonts.hei;

describe('compact CFF subroutines', () => {
  it('NotoSansHans: each glyph inlines to the same charstring; only the called subroutines are kept', () => {
    const font = create(sans.bytes) as Font & { 'CFF ': CffTable & { globalSubrIndex: Subrs } };
    const cff = font['CFF '];
    const glyphs = [0, ...new Set([...TEXT].map((c) => font.glyphForCodePoint(c.codePointAt(0)!).id))];
    const plan = compactSubrs(cff, glyphs)!;
    expect(plan).toBeDefined();
    const read = (pool: Subrs): Uint8Array[] =>
      pool.map((e) => {
        cff.stream.pos = e.offset;
        return cff.stream.readBuffer(e.length);
      });
    const global = read(cff.globalSubrIndex);
    glyphs.forEach((gid, i) => {
      const localPool = cff.privateDictForGlyph(gid)?.Subrs ?? [];
      const before = flatten(cff.getCharString(gid), read(localPool), global);
      const after = flatten(plan.charstrings[i]!, plan.pools.get(localPool) ?? [], plan.pools.get(cff.globalSubrIndex) ?? []);
      expect(after, `glyph ${gid}`).toEqual(before);
    });
    const kept = [...plan.pools.values()].reduce((n, pool) => n + pool.length, 0);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(cff.globalSubrIndex.length / 4);
  });

  it("the encoded subset is a fraction of fontkit's, which keeps an entry for every subroutine", () => {
    const encode = (compact: boolean): number => {
      const font = create(sans.bytes) as Font & { createSubset(): CffSubsetInternals & { includeGlyph(id: number): number; encode(): Uint8Array } };
      const subset = font.createSubset();
      if (compact) compactCffSubset(subset);
      for (const c of TEXT) subset.includeGlyph(font.glyphForCodePoint(c.codePointAt(0)!).id);
      return subset.encode().length;
    };
    const small = encode(true);
    const large = encode(false);
    expect(small * 4).toBeLessThan(large);
  });

  it("never decodes the font's own charset (encode() copies the top DICT, then replaces the copy's charset), and the same bytes as with it decoded", () => {
    const encode = (decodeFirst: boolean): { bytes: Uint8Array; decoded: number; enumerable: boolean | undefined } => {
      const font = create(sans.bytes) as Font & { createSubset(): CffSubsetInternals & { includeGlyph(id: number): number; encode(): Uint8Array } };
      const topDict = (font as unknown as { 'CFF ': { topDict: Record<string, unknown> } })['CFF '].topDict;
      const lazy = Object.getOwnPropertyDescriptor(topDict, 'charset')!;
      let decoded = 0;
      Object.defineProperty(topDict, 'charset', {
        get() {
          decoded++;
          return lazy.get!.call(this);
        },
        enumerable: true,
        configurable: true,
      });
      if (decodeFirst) void topDict.charset;
      const subset = font.createSubset();
      compactCffSubset(subset);
      for (const c of TEXT) subset.includeGlyph(font.glyphForCodePoint(c.codePointAt(0)!).id);
      const bytes = subset.encode();
      return { bytes, decoded: decoded - (decodeFirst ? 1 : 0), enumerable: Object.getOwnPropertyDescriptor(topDict, 'charset')?.enumerable };
    };
    const lazy = encode(false);
    expect(lazy.decoded).toBe(0);
    expect(lazy.enumerable, 'the property is put back').toBe(true);
    expect(Buffer.from(lazy.bytes).equals(Buffer.from(encode(true).bytes))).toBe(true);
  });

  it("a charstring it does not follow (a computed subroutine number) leaves fontkit's subset", () => {
    const bytes = Uint8Array.from([139 + 1, 139 + 2, 12, 10, 10, 14]); // 1 2 add callsubr endchar
    const cff = {
      stream: { pos: 0, readBuffer: () => new Uint8Array() },
      topDict: {},
      getCharString: () => bytes,
      privateDictForGlyph: () => ({ Subrs: [] }),
    } as unknown as CffTable;
    expect(compactSubrs(cff, [0])).toBeUndefined();
  });
});
