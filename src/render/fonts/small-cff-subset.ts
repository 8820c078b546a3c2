/** Makes fontkit's CFF subsets carry only the subroutines their glyphs call (cff-subrs.ts) instead of every index entry. */
import type { Font } from 'fontkit';
import { compactSubrs, type CffTable, type CompactSubrs } from './cff-subrs.js';

/** fontkit 2.0.x `CFFSubset` as pdfkit uses it: `encode()` calls these two on itself (see library-patches.ts). */
export interface CffSubsetInternals {
  readonly cff?: CffTable;
  readonly glyphs: number[];
  charstrings?: Uint8Array[];
  gsubrs?: Uint8Array[];
  subsetCharstrings(): void;
  subsetSubrs(subrs: unknown, used: Record<number, boolean>): Uint8Array[];
  subsetFontdict(topDict: TopDict): void;
}

/** The top DICT fontkit's encode() is writing: the FD array and FDSelect of the subset go in it. */
interface TopDict {
  FDArray?: FontDict[];
  FDSelect?: { version: number; fds: number[] };
}
interface FontDict {
  FontName?: unknown;
  Private?: { Subrs?: unknown } | null;
}

/** The font DICT part of CffTable that fontkit 2.0.x has and the subset reads. */
interface CidTable {
  readonly topDict: { readonly FDArray?: readonly FontDict[] };
  fdForGlyph(gid: number): number | null;
}

/**
 * fontkit's encode() copies the font's top DICT with Object.assign and then replaces the copy's `charset`
 * with the subset's. The font's `charset` is a lazy pointer, so the copy decoded it first: 13,936 ranges of
 * NotoSansHans, one restructure struct each (~50–100 ms a process), to be thrown away. Until subsetFontdict
 * (which encode() calls right after that copy, for a CID font) the property is left out of the copy by being
 * made non-enumerable; the copy gets the subset's charset all the same, and the DICT is written in the order
 * of its operators, not of the copy's keys. Returns what puts it back; undefined when there is nothing to hide.
 */
function hideCharset(cff: CffTable): (() => void) | undefined {
  // library-patches.ts: fontkit-cff-subset
  const table = cff as unknown as { isCIDFont?: boolean; topDict?: object };
  const topDict = table.topDict;
  const own = topDict === undefined ? undefined : Object.getOwnPropertyDescriptor(topDict, 'charset');
  if (!table.isCIDFont || topDict === undefined || own === undefined || !own.enumerable || !own.configurable || own.get === undefined) return undefined;
  Object.defineProperty(topDict, 'charset', { enumerable: false });
  return () => Object.defineProperty(topDict, 'charset', { enumerable: true });
}

/** Gives this subset object compacted subroutines; left as fontkit made it when the font is not CFF. */
export function compactCffSubset(subset: CffSubsetInternals): void {
  const cff = subset.cff;
  if (cff === undefined) return;
  const fontkitCharstrings = subset.subsetCharstrings;
  const fontkitSubrs = subset.subsetSubrs;
  let plan: CompactSubrs | undefined;
  let restoreCharset: (() => void) | undefined;
  subset.subsetCharstrings = function compactCharstrings(this: CffSubsetInternals): void {
    plan = compactSubrs(cff, this.glyphs);
    if (plan === undefined) return fontkitCharstrings.call(this);
    this.charstrings = plan.charstrings;
    this.gsubrs = this.subsetSubrs(cff.globalSubrIndex ?? [], {});
    restoreCharset = hideCharset(cff);
  };
  const fontkitFontdict = subset.subsetFontdict;
  // fontkit's, less the outline of every glyph it decoded to learn which subroutines each FD uses (the plan knows).
  subset.subsetFontdict = function compactFontdict(this: CffSubsetInternals, topDict: TopDict): void {
    restoreCharset?.();
    restoreCharset = undefined;
    if (plan === undefined) return fontkitFontdict.call(this, topDict);
    const table = cff as unknown as CidTable;
    const fdArray: FontDict[] = [];
    const fds: number[] = [];
    const newIndex = new Map<number, number>();
    for (const gid of this.glyphs) {
      const fd = table.fdForGlyph(gid);
      if (fd === null || fd === undefined) continue;
      if (!newIndex.has(fd)) {
        newIndex.set(fd, fdArray.length);
        fdArray.push({ ...table.topDict.FDArray![fd]! });
      }
      fds.push(newIndex.get(fd)!);
    }
    for (const dict of fdArray) {
      delete dict.FontName;
      if (dict.Private?.Subrs) dict.Private = { ...dict.Private, Subrs: this.subsetSubrs(dict.Private.Subrs, {}) };
    }
    topDict.FDArray = fdArray;
    topDict.FDSelect = { version: 0, fds };
  };
  subset.subsetSubrs = function compactSubrsOf(this: CffSubsetInternals, subrs: unknown, used: Record<number, boolean>): Uint8Array[] {
    if (plan === undefined) return fontkitSubrs.call(this, subrs, used);
    return plan.pools.get(subrs as never) ?? [];
  };
}

const patched = new WeakSet<Font>();

/** Every subset this font object makes from now on is a compact one (pdfkit makes one per document). */
export function useCompactCffSubsets(font: Font): void {
  if (patched.has(font)) return;
  patched.add(font);
  const target = font as unknown as { createSubset(): CffSubsetInternals };
  const create = target.createSubset.bind(target);
  target.createSubset = () => {
    const subset = create();
    compactCffSubset(subset);
    return subset;
  };
}
