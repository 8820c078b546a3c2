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
}

/** Gives this subset object compacted subroutines; left as fontkit made it when the font is not CFF. */
export function compactCffSubset(subset: CffSubsetInternals): void {
  const cff = subset.cff;
  if (cff === undefined) return;
  const fontkitCharstrings = subset.subsetCharstrings;
  const fontkitSubrs = subset.subsetSubrs;
  let plan: CompactSubrs | undefined;
  subset.subsetCharstrings = function compactCharstrings(this: CffSubsetInternals): void {
    plan = compactSubrs(cff, this.glyphs);
    if (plan === undefined) return fontkitCharstrings.call(this);
    this.charstrings = plan.charstrings;
    this.gsubrs = this.subsetSubrs(cff.globalSubrIndex ?? [], {});
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
