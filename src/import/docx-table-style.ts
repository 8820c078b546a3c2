/** What a Word table style gives a cell: its whole-table properties overlaid by the conditional ones (w:tblStylePr) for the cell's place. */
import type { XElement } from './xml-tree.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const wChild = (el: XElement | undefined, local: string): XElement | undefined => el?.children.find((c) => c.uri === W && c.local === local);
const wAttr = (el: XElement | undefined, name: string): string | undefined => el?.attrs[`{${W}}${name}`];

/** Where a cell stands in its table (0-based; `rows` and `columns` are the counts). */
export interface CellPlace {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** One layer of a style: run properties and cell shading. */
interface Layer {
  readonly rPr?: XElement;
  readonly shd?: XElement;
}

/** Conditional formats from weakest to strongest, as Word applies them. */
const ORDER = ['band1Vert', 'band2Vert', 'band1Horz', 'band2Horz', 'firstCol', 'lastCol', 'firstRow', 'lastRow', 'neCell', 'nwCell', 'seCell', 'swCell'];

/** Which parts w:tblLook turns on: its attributes, else the bits of w:val (0x20 first row … 0x400 no vertical bands). */
function lookFlags(look: XElement | undefined): Record<string, boolean> {
  const bits = Number.parseInt(wAttr(look, 'val') ?? '0', 16) || 0;
  const flag = (name: string, bit: number): boolean => {
    const a = wAttr(look, name);
    return a !== undefined ? ['1', 'true', 'on'].includes(a) : (bits & bit) !== 0;
  };
  return {
    firstRow: flag('firstRow', 0x20),
    lastRow: flag('lastRow', 0x40),
    firstCol: flag('firstColumn', 0x80),
    lastCol: flag('lastColumn', 0x100),
    hBand: !flag('noHBand', 0x200),
    vBand: !flag('noVBand', 0x400),
  };
}

/** The conditional formats that apply at `place`. */
function applying(flags: Record<string, boolean>, place: CellPlace, rowBand: number, colBand: number): Set<string> {
  const on = new Set<string>();
  const first = flags.firstRow && place.row === 0;
  const last = flags.lastRow && place.row === place.rows - 1;
  const firstCol = flags.firstCol && place.column === 0;
  const lastCol = flags.lastCol && place.column === place.columns - 1;
  if (first) on.add('firstRow');
  if (last) on.add('lastRow');
  if (firstCol) on.add('firstCol');
  if (lastCol) on.add('lastCol');
  if (first && firstCol) on.add('nwCell');
  if (first && lastCol) on.add('neCell');
  if (last && firstCol) on.add('swCell');
  if (last && lastCol) on.add('seCell');
  const row = place.row - (flags.firstRow ? 1 : 0);
  if (flags.hBand && !first && !last && row >= 0) on.add(Math.floor(row / rowBand) % 2 === 0 ? 'band1Horz' : 'band2Horz');
  const column = place.column - (flags.firstCol ? 1 : 0);
  if (flags.vBand && !firstCol && !lastCol && column >= 0) on.add(Math.floor(column / colBand) % 2 === 0 ? 'band1Vert' : 'band2Vert');
  return on;
}

/**
 * The layers of table style `id` (and the styles it is based on) for the cell at `place`, weakest first: the whole
 * table's shading, run and cell properties, then each conditional format that applies (a band's white text on its
 * white shading, or its black shading under black text).
 */
export function tableStyleLayers(styles: (id: string) => XElement | undefined, id: string | undefined, look: XElement | undefined, place: CellPlace): Layer[] {
  const chain: XElement[] = [];
  for (let s = id === undefined ? undefined : styles(id); s && chain.length < 16; ) {
    chain.unshift(s);
    const based = wAttr(wChild(s, 'basedOn'), 'val');
    s = based === undefined ? undefined : styles(based);
  }
  if (chain.length === 0) return [];
  const size = (name: string): number =>
    Math.max(
      1,
      Number(
        wAttr(
          chain.map((s) => wChild(wChild(s, 'tblPr'), name)).findLast((e) => e),
          'val',
        ),
      ) || 1,
    );
  const on = applying(lookFlags(look), place, size('tblStyleRowBandSize'), size('tblStyleColBandSize'));
  const layers: Layer[] = [];
  const add = (rPr: XElement | undefined, shd: XElement | undefined): void => {
    if (rPr || shd) layers.push({ ...(rPr ? { rPr } : {}), ...(shd ? { shd } : {}) });
  };
  for (const s of chain) {
    add(undefined, wChild(wChild(s, 'tblPr'), 'shd'));
    add(wChild(s, 'rPr'), wChild(wChild(s, 'tcPr'), 'shd'));
  }
  for (const type of ORDER) {
    if (!on.has(type)) continue;
    for (const s of chain) {
      const cond = s.children.find((c) => c.uri === W && c.local === 'tblStylePr' && wAttr(c, 'type') === type);
      add(wChild(cond, 'rPr'), wChild(wChild(cond, 'tcPr'), 'shd') ?? wChild(wChild(cond, 'tblPr'), 'shd'));
    }
  }
  return layers;
}
