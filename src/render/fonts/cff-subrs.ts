/** CFF subsets that keep only the subroutines their glyphs call, renumbered (fontkit keeps every index entry). */

/** One entry of a CFF INDEX as fontkit parses it. */
interface IndexEntry {
  readonly offset: number;
  readonly length: number;
}
type Subrs = readonly IndexEntry[];

/** The fontkit CFF table internals this reads (fontkit 2.0.x `CFFFont`). */
export interface CffTable {
  readonly stream: { pos: number; readBuffer(length: number): Uint8Array };
  readonly globalSubrIndex?: Subrs;
  readonly topDict: { readonly Private?: { Subrs?: Subrs } | null; readonly FDArray?: readonly { Private?: { Subrs?: Subrs } | null }[] };
  getCharString(gid: number): Uint8Array;
  privateDictForGlyph(gid: number): { Subrs?: Subrs } | null;
}

/** What the subset writes: each glyph's charstring and, per original subroutine INDEX, the kept ones in order. */
export interface CompactSubrs {
  readonly charstrings: Uint8Array[];
  readonly pools: Map<Subrs, Uint8Array[]>;
}

/** The subroutine bias of an INDEX of `count` entries (Type 2 charstrings, Adobe TN 5177 §4.7). */
const bias = (count: number): number => (count < 1240 ? 107 : count < 33900 ? 1131 : 32768);

/** One subroutine number in a charstring to rewrite: the literal at [start, end) of charstring `key`. */
interface Site {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly pool: Subrs;
  readonly index: number;
}

class Unsupported extends Error {}

/** Reads charstrings once each; a key names a glyph (`g12`) or a subroutine (`l<pool>:<i>`, `g:<i>`). */
class Planner {
  readonly used = new Map<Subrs, Set<number>>();
  readonly sites = new Map<string, Site>();
  readonly bytes = new Map<string, Uint8Array>();
  /** Hint-mask lengths met inside each subroutine: one subroutine read two ways would be rewritten wrongly. */
  private readonly masks = new Map<string, number>();
  private readonly poolIds = new Map<Subrs, number>();
  constructor(private readonly cff: CffTable) {}

  poolId(pool: Subrs): number {
    let id = this.poolIds.get(pool);
    if (id === undefined) this.poolIds.set(pool, (id = this.poolIds.size));
    return id;
  }

  subr(pool: Subrs, index: number): { key: string; bytes: Uint8Array } {
    const key = `s${this.poolId(pool)}:${index}`;
    let bytes = this.bytes.get(key);
    if (bytes === undefined) {
      const entry = pool[index];
      if (entry === undefined) throw new Unsupported(`no subroutine ${index}`);
      this.cff.stream.pos = entry.offset;
      bytes = this.cff.stream.readBuffer(entry.length);
      this.bytes.set(key, bytes);
    }
    let used = this.used.get(pool);
    if (used === undefined) this.used.set(pool, (used = new Set()));
    used.add(index);
    return { key, bytes };
  }

  /** Walks one glyph's charstring and every subroutine it calls, as a Type 2 interpreter would. */
  glyph(gid: number): void {
    const key = `g${gid}`;
    const bytes = this.cff.getCharString(gid);
    this.bytes.set(key, bytes);
    const local = this.cff.privateDictForGlyph(gid)?.Subrs ?? [];
    const global = this.cff.globalSubrIndex ?? [];
    const state = { stack: [] as number[], stems: 0, depth: 0 };
    this.run(key, bytes, local, global, state);
  }

  private run(key: string, bytes: Uint8Array, local: Subrs, global: Subrs, state: { stack: number[]; stems: number; depth: number }): boolean {
    if (++state.depth > 10) throw new Unsupported('subroutines nested too deep');
    let literal: { start: number; end: number } | undefined;
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i]!;
      if (b === 28 || b >= 32) {
        const start = i;
        if (b === 28) {
          state.stack.push(((bytes[i + 1]! << 24) >> 16) | bytes[i + 2]!);
          i += 3;
        } else if (b <= 246) {
          state.stack.push(b - 139);
          i += 1;
        } else if (b <= 250) {
          state.stack.push((b - 247) * 256 + bytes[i + 1]! + 108);
          i += 2;
        } else if (b <= 254) {
          state.stack.push(-(b - 251) * 256 - bytes[i + 1]! - 108);
          i += 2;
        } else {
          state.stack.push(NaN);
          i += 5;
        } // 16.16 fixed: never a subroutine number
        literal = { start, end: i };
        continue;
      }
      i += 1;
      if (b === 10 || b === 29) {
        const value = state.stack.pop();
        if (literal === undefined || value === undefined || !Number.isInteger(value)) throw new Unsupported('computed subroutine number');
        const pool = b === 10 ? local : global;
        const index = value + bias(pool.length);
        const site: Site = { key, start: literal.start, end: literal.end, pool, index };
        const previous = this.sites.get(`${key}@${site.start}`);
        if (previous !== undefined && (previous.pool !== pool || previous.index !== index)) throw new Unsupported('one call, two targets');
        this.sites.set(`${key}@${site.start}`, site);
        const callee = this.subr(pool, index);
        literal = undefined;
        if (this.run(callee.key, callee.bytes, local, global, state)) return true;
        continue;
      }
      literal = undefined;
      if (b === 11) {
        state.depth -= 1;
        return false;
      } // return
      if (b === 14) {
        // endchar (with 4 or 5 arguments it is seac, which names glyphs by standard code)
        if (state.stack.length >= 4) throw new Unsupported('seac');
        return true;
      }
      if (b === 1 || b === 3 || b === 18 || b === 23) state.stems += state.stack.length >> 1;
      else if (b === 19 || b === 20) {
        state.stems += state.stack.length >> 1;
        const length = (state.stems + 7) >> 3;
        const seen = this.masks.get(`${key}@${i}`);
        if (seen !== undefined && seen !== length) throw new Unsupported('hint mask of two lengths');
        this.masks.set(`${key}@${i}`, length);
        i += length;
      } else if (b === 12) {
        const op = bytes[i++]!;
        if (op !== 0 && (op < 34 || op > 37)) throw new Unsupported(`operator 12 ${op}`); // arithmetic, storage
      } else if (b === 15 || b === 16) throw new Unsupported('CFF2 operator');
      state.stack.length = 0;
    }
    state.depth -= 1;
    return false;
  }
}

/** Type 2 charstring encoding of an integer operand. */
function encodeInt(v: number): number[] {
  if (v >= -107 && v <= 107) return [v + 139];
  if (v >= 108 && v <= 1131) return [((v - 108) >> 8) + 247, (v - 108) & 0xff];
  if (v >= -1131 && v <= -108) return [((-v - 108) >> 8) + 251, (-v - 108) & 0xff];
  return [28, (v >> 8) & 0xff, v & 0xff];
}

/**
 * The charstrings of `glyphs` and the subroutines they call, renumbered densely in their old order; undefined
 * when a charstring does something this does not follow (computed subroutine numbers, seac, CFF2): the caller
 * then keeps fontkit's subset. Every rewritten byte is a subroutine number; outlines and hints are unchanged.
 */
export function compactSubrs(cff: CffTable, glyphs: readonly number[]): CompactSubrs | undefined {
  const planner = new Planner(cff);
  try {
    for (const gid of glyphs) planner.glyph(gid);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const renumber = new Map<Subrs, Map<number, number>>();
  for (const [pool, used] of planner.used) renumber.set(pool, new Map([...used].sort((a, b) => a - b).map((old, i) => [old, i])));
  const edits = new Map<string, Site[]>();
  for (const site of planner.sites.values()) {
    const list = edits.get(site.key) ?? [];
    list.push(site);
    edits.set(site.key, list);
  }
  const rewrite = (key: string): Uint8Array => {
    const bytes = planner.bytes.get(key)!;
    const list = (edits.get(key) ?? []).sort((a, b) => a.start - b.start);
    if (list.length === 0) return bytes;
    const out: number[] = [];
    let at = 0;
    for (const site of list) {
      const map = renumber.get(site.pool)!;
      for (let i = at; i < site.start; i++) out.push(bytes[i]!);
      out.push(...encodeInt(map.get(site.index)! - bias(map.size)));
      at = site.end;
    }
    for (let i = at; i < bytes.length; i++) out.push(bytes[i]!);
    return Uint8Array.from(out);
  };
  const pools = new Map<Subrs, Uint8Array[]>();
  for (const [pool, map] of renumber)
    pools.set(
      pool,
      [...map.keys()].map((old) => rewrite(`s${planner.poolId(pool)}:${old}`)),
    );
  return { charstrings: glyphs.map((gid) => rewrite(`g${gid}`)), pools };
}
