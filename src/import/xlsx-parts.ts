/**
 * What exceljs does not tell of an XLSX, read from the parts themselves: rows of hand-set height, the indexed colour
 * palette (a file may redefine it), the theme's colours, and the drawings laid over each sheet. Anything unreadable
 * gives the defaults: exceljs reports the damage.
 */
import { unzipSync } from 'fflate';
import { findElement, parseXml, type XElement } from './xml-tree.js';

const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Excel's default indexed colours 0–63 (64 is the system foreground, black; 65 the background, white). */
const INDEXED =
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF 000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333 000000 FFFFFF'.split(
    ' ',
  );
/** The stock Office theme by Excel's theme index: lt1, dk1, lt2, dk2, accent 1–6, hyperlink, followed hyperlink. */
const THEME = 'FFFFFF 000000 E7E6E6 44546A 4472C4 ED7D31 A5A5A5 FFC000 5B9BD5 70AD47 0563C1 954F72'.split(' ');
const THEME_SLOTS = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

/** A cell corner of a drawing anchor (0-based column and row, offsets in EMU). */
interface AnchorCell {
  readonly col: number;
  readonly row: number;
  readonly colOff: number;
  readonly rowOff: number;
}
/** Where a picture or shape lies: between two cells, from a cell for a size, or at a place on the sheet (EMU). */
export type Anchor =
  | { readonly kind: 'two'; readonly from: AnchorCell; readonly to: AnchorCell; readonly name: string }
  | { readonly kind: 'one'; readonly from: AnchorCell; readonly cx: number; readonly cy: number; readonly name: string }
  | { readonly kind: 'absolute'; readonly x: number; readonly y: number; readonly cx: number; readonly cy: number; readonly name: string };

export interface XlsxParts {
  /** Rows (1-based) of each sheet whose height was set by hand (customHeight). */
  readonly fixedRows: ReadonlyMap<string, ReadonlySet<number>>;
  /** Indexed colours as the file defines them (<indexedColors>), else Excel's. */
  readonly indexed: readonly string[];
  /** Theme colours by Excel's theme index. */
  readonly theme: readonly string[];
  /** Drawing anchors of each sheet. */
  readonly drawings: ReadonlyMap<string, readonly Anchor[]>;
  /** Sheets with a background picture (<picture r:id>): Excel draws it behind every cell without a fill. */
  readonly backgrounds: ReadonlySet<string>;
}

const kids = (el: XElement | undefined, uri: string, local: string): XElement[] => el?.children.filter((c) => c.uri === uri && c.local === local) ?? [];
const kid = (el: XElement | undefined, uri: string, local: string): XElement | undefined => kids(el, uri, local)[0];
const find = findElement;
const num = (el: XElement | undefined, local: string): number => Number(kid(el, XDR_NS, local)?.text.trim()) || 0;
const cellOf = (el: XElement | undefined): AnchorCell => ({ col: num(el, 'col'), row: num(el, 'row'), colOff: num(el, 'colOff'), rowOff: num(el, 'rowOff') });

/** Relationship targets of a part by id, resolved against the part's folder. */
function relsOf(text: (n: string) => string | undefined, part: string): Map<string, string> {
  const slash = part.lastIndexOf('/');
  const folder = part.slice(0, slash);
  const out = new Map<string, string>();
  for (const m of (text(`${folder}/_rels/${part.slice(slash + 1)}.rels`) ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (!id || !target) continue;
    const parts = target.startsWith('/') ? target.slice(1).split('/') : [...folder.split('/'), ...target.split('/')];
    const path: string[] = [];
    for (const p of parts) {
      if (p === '..') path.pop();
      else if (p !== '.' && p !== '') path.push(p);
    }
    out.set(id, path.join('/'));
  }
  return out;
}

/** The anchors of a drawing part: every picture, shape, group or chart, named by its cNvPr name. */
function anchorsOf(drawing: XElement | undefined): Anchor[] {
  const out: Anchor[] = [];
  for (const a of drawing?.children[0]?.children ?? []) {
    if (a.uri !== XDR_NS) continue;
    const name = find(a, XDR_NS, 'cNvPr')?.attrs.name ?? a.local;
    const ext = kid(a, XDR_NS, 'ext');
    const size = { cx: Number(ext?.attrs.cx) || 0, cy: Number(ext?.attrs.cy) || 0 };
    if (a.local === 'twoCellAnchor') out.push({ kind: 'two', from: cellOf(kid(a, XDR_NS, 'from')), to: cellOf(kid(a, XDR_NS, 'to')), name });
    else if (a.local === 'oneCellAnchor') out.push({ kind: 'one', from: cellOf(kid(a, XDR_NS, 'from')), ...size, name });
    else if (a.local === 'absoluteAnchor') {
      const pos = kid(a, XDR_NS, 'pos');
      out.push({ kind: 'absolute', x: Number(pos?.attrs.x) || 0, y: Number(pos?.attrs.y) || 0, ...size, name });
    }
  }
  return out;
}

/**
 * The cells (1-based, inclusive) a drawing covers: from its first cell to its last, a size walked over the columns'
 * and rows from where it starts (EMU of column `c` and row `r` given).
 */
export function anchorBox(
  anchor: Anchor,
  colEmu: (c: number) => number,
  rowEmu: (r: number) => number,
): { top: number; bottom: number; left: number; right: number } {
  const walk = (start: number, offset: number, size: number, emu: (i: number) => number): number => {
    let i = start;
    let left = offset + size;
    while (left > emu(i) && i < start + 16384) left -= emu(i++);
    return i;
  };
  if (anchor.kind === 'two') {
    // A corner at offset 0 of a cell touches it without covering it.
    const bottom = anchor.to.row + (anchor.to.rowOff > 0 || anchor.to.row === anchor.from.row ? 1 : 0);
    const right = anchor.to.col + (anchor.to.colOff > 0 || anchor.to.col === anchor.from.col ? 1 : 0);
    return { top: anchor.from.row + 1, bottom, left: anchor.from.col + 1, right };
  }
  const from = anchor.kind === 'one' ? anchor.from : { col: 0, row: 0, colOff: anchor.x, rowOff: anchor.y };
  const top = walk(from.row + 1, from.rowOff, 0, rowEmu);
  const left = walk(from.col + 1, from.colOff, 0, colEmu);
  return { top, bottom: walk(from.row + 1, from.rowOff, anchor.cy, rowEmu), left, right: walk(from.col + 1, from.colOff, anchor.cx, colEmu) };
}

export function readXlsxParts(bytes: Uint8Array): XlsxParts {
  const fixedRows = new Map<string, Set<number>>();
  const drawings = new Map<string, Anchor[]>();
  const backgrounds = new Set<string>();
  const indexed = [...INDEXED];
  const theme = [...THEME];
  try {
    const parts = unzipSync(bytes, { filter: (f) => (f.name.startsWith('xl/') && f.name.endsWith('.xml')) || f.name.endsWith('.rels') });
    const text = (name: string): string | undefined => (parts[name] ? new TextDecoder().decode(parts[name]) : undefined);
    const xml = (name: string | undefined): XElement | undefined => {
      const t = name === undefined ? undefined : text(name);
      return t ? parseXml(t) : undefined;
    };
    const rels = relsOf(text, 'xl/workbook.xml');
    const custom = kids(find(xml('xl/styles.xml'), SHEET_NS, 'indexedColors'), SHEET_NS, 'rgbColor');
    custom.forEach((c, i) => {
      const rgb = c.attrs.rgb ?? '';
      if (/^[0-9A-Fa-f]{8}$/.test(rgb)) indexed[i] = rgb.slice(2).toUpperCase();
    });
    const scheme = find(xml([...rels.values()].find((t) => /^xl\/theme\//.test(t))), A_NS, 'clrScheme');
    THEME_SLOTS.forEach((slot, i) => {
      const c = kid(scheme, A_NS, slot)?.children[0];
      const hex = c?.local === 'sysClr' ? c.attrs.lastClr : c?.local === 'srgbClr' ? c.attrs.val : undefined;
      if (hex && /^[0-9A-Fa-f]{6}$/.test(hex)) theme[i] = hex.toUpperCase();
    });
    const workbook = xml('xl/workbook.xml');
    for (const sheet of kids(find(workbook, SHEET_NS, 'sheets'), SHEET_NS, 'sheet')) {
      const name = sheet.attrs.name;
      const part = rels.get(sheet.attrs[`{${REL_NS}}id`] ?? '');
      const sheetText = part === undefined ? undefined : text(part);
      if (name === undefined || part === undefined || !sheetText) continue;
      const rows = new Set<number>();
      for (const m of sheetText.matchAll(/<(?:\w+:)?row\b[^>]*>/g)) {
        if (/\bcustomHeight="(?:1|true)"/.test(m[0])) rows.add(Number(/\br="(\d+)"/.exec(m[0])?.[1]));
      }
      fixedRows.set(name, rows);
      const sheetRels = relsOf(text, part);
      const anchors: Anchor[] = [];
      for (const m of sheetText.matchAll(/<(?:\w+:)?drawing\b[^>]*\b\w+:id="([^"]*)"/g)) anchors.push(...anchorsOf(xml(sheetRels.get(m[1] ?? ''))));
      if (anchors.length > 0) drawings.set(name, anchors);
      if (/<(?:\w+:)?picture\b[^>]*\b\w+:id="/.test(sheetText)) backgrounds.add(name);
    }
  } catch {
    // Not readable as parts: exceljs reports the damage.
  }
  return { fixedRows, indexed, theme, drawings, backgrounds };
}
