/**
 * Objects Word places by position rather than in the flow of text — anchored drawings (wp:anchor), VML shapes with
 * `position:absolute`, framed paragraphs (w:framePr) and floating tables (w:tblpPr) — and whether one can lie over
 * a page's body, where the catalogue table is. One in a header or footer is drawn on every page of its section: a
 * white (or black) rectangle there covers the table's cells wherever they fall, and what it covers is still read.
 */
import { child, isW, W } from './docx-look.js';
import type { XElement } from './xml-tree.js';

const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const EMU_PER_TWIP = 635;

/** One axis of an object's position: what it is measured from, and the offset (twips) when it is a number. */
interface Axis {
  readonly from: string;
  readonly offset?: number;
}

/** A floating object: what it is (for messages), where it is placed, and its size in twips when known. */
export interface Float {
  readonly label: string;
  readonly h: Axis;
  readonly v: Axis;
  readonly width?: number;
  readonly height?: number;
}

/** A section's page: size and margins in twips. */
export interface PageBox {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

const num = (s: string | undefined): number | undefined => {
  const n = Number(s);
  return s !== undefined && s !== '' && Number.isFinite(n) ? n : undefined;
};
const wAttr = (el: XElement | undefined, name: string): string | undefined => el?.attrs[`{${W}}${name}`];
const wpChild = (el: XElement | undefined, local: string): XElement | undefined => el?.children.find((c) => c.uri === WP && c.local === local);

/** A DrawingML anchor's position and extent. */
function anchorFloat(a: XElement): Float {
  const extent = wpChild(a, 'extent');
  const size = { width: (num(extent?.attrs.cx) ?? 0) / EMU_PER_TWIP, height: (num(extent?.attrs.cy) ?? 0) / EMU_PER_TWIP };
  if (['1', 'true'].includes(a.attrs.simplePos ?? '')) {
    const p = wpChild(a, 'simplePos');
    const x = num(p?.attrs.x);
    const y = num(p?.attrs.y);
    return {
      label: 'wp:anchor',
      h: { from: 'page', ...(x !== undefined ? { offset: x / EMU_PER_TWIP } : {}) },
      v: { from: 'page', ...(y !== undefined ? { offset: y / EMU_PER_TWIP } : {}) },
      ...size,
    };
  }
  const axis = (name: string): Axis => {
    const pos = wpChild(a, name);
    const off = pos?.children.find((c) => c.uri === WP && c.local === 'posOffset');
    const offset = num(off?.text.trim());
    return { from: pos?.attrs.relativeFrom ?? '?', ...(offset !== undefined ? { offset: offset / EMU_PER_TWIP } : {}) };
  };
  return { label: 'wp:anchor', h: axis('positionH'), v: axis('positionV'), ...size };
}

/** A floating table's position (w:tblpPr) and size (its grid and exact row heights). */
function tableFloat(tbl: XElement, p: XElement): Float {
  const columns = (child(tbl, 'tblGrid')?.children ?? []).filter((c) => isW(c, 'gridCol')).map((c) => num(wAttr(c, 'w')) ?? 0);
  const rows = tbl.children.filter((c) => isW(c, 'tr'));
  const heights = rows.map((tr) => {
    const h = child(child(tr, 'trPr'), 'trHeight');
    return wAttr(h, 'hRule') === 'exact' ? num(wAttr(h, 'val')) : undefined;
  });
  const x = wAttr(p, 'tblpXSpec') === undefined ? (num(wAttr(p, 'tblpX')) ?? 0) : undefined;
  const y = wAttr(p, 'tblpYSpec') === undefined ? (num(wAttr(p, 'tblpY')) ?? 0) : undefined;
  return {
    label: 'w:tblpPr',
    h: { from: wAttr(p, 'horzAnchor') ?? 'column', ...(x !== undefined ? { offset: x } : {}) },
    v: { from: wAttr(p, 'vertAnchor') ?? 'margin', ...(y !== undefined ? { offset: y } : {}) },
    width: columns.reduce((a, w) => a + w, 0),
    ...(heights.every((h) => h !== undefined) ? { height: heights.reduce((a: number, h) => a + (h ?? 0), 0) } : {}),
  };
}

/** A framed paragraph's position and size (w:framePr; no w:h: as tall as its text, not known here). */
function frameFloat(f: XElement): Float {
  const x = wAttr(f, 'xAlign') === undefined ? (num(wAttr(f, 'x')) ?? 0) : undefined;
  const y = wAttr(f, 'yAlign') === undefined ? (num(wAttr(f, 'y')) ?? 0) : undefined;
  const width = num(wAttr(f, 'w'));
  const height = num(wAttr(f, 'h'));
  return {
    label: 'w:framePr',
    h: { from: wAttr(f, 'hAnchor') ?? 'column', ...(x !== undefined ? { offset: x } : {}) },
    v: { from: wAttr(f, 'vAnchor') ?? 'margin', ...(y !== undefined ? { offset: y } : {}) },
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined && height > 0 ? { height } : {}),
  };
}

/**
 * Every floating object below `el`: anchors (an mc:AlternateContent's first choice, not its VML fallback), VML shapes
 * placed absolutely, framed paragraphs and floating tables. Inline pictures stay in the flow of text and are not listed.
 */
export function floatsIn(el: XElement, out: Float[] = []): Float[] {
  for (const c of el.children) {
    if (c.uri === MC && c.local === 'AlternateContent') {
      const choice = c.children.find((x) => x.uri === MC && x.local === 'Choice') ?? c.children.find((x) => x.uri === MC && x.local === 'Fallback');
      if (choice) floatsIn(choice, out);
      continue;
    }
    if (c.uri === WP && c.local === 'anchor') {
      out.push(anchorFloat(c));
      continue;
    }
    if (c.uri === W && c.local === 'tbl') {
      const p = child(child(c, 'tblPr'), 'tblpPr');
      if (p) out.push(tableFloat(c, p));
    }
    if (c.uri === W && c.local === 'pPr') {
      const f = child(c, 'framePr');
      // A drop cap is a framed letter beside its paragraph.
      if (f && !['drop', 'margin'].includes(wAttr(f, 'dropCap') ?? '')) out.push(frameFloat(f));
    }
    if (c.uri !== W && /position\s*:\s*absolute/i.test(c.attrs.style ?? '')) {
      out.push({ label: `v:${c.local}`, h: { from: '?' }, v: { from: '?' } });
      continue;
    }
    floatsIn(c, out);
  }
  return out;
}

/** Where an axis puts an object on the page (twips), when it is measured from the page or the margin. */
function start(axis: Axis, page: PageBox, horizontal: boolean): number | undefined {
  if (axis.offset === undefined) return undefined;
  if (axis.from === 'page') return axis.offset;
  // Header and footer objects placed from the margin or the column (one column: the margin).
  if (axis.from === 'margin' || (horizontal && axis.from === 'column')) return axis.offset + (horizontal ? page.left : page.top);
  return undefined;
}

/**
 * Whether a floating object of a header or footer may lie over the page's body (inside the margins): yes when it
 * does, and when where it lies cannot be worked out here (placed by alignment or from a paragraph, of unknown size).
 */
export function overBody(f: Float, page: PageBox): boolean {
  const x = start(f.h, page, true);
  const y = start(f.v, page, false);
  if (x === undefined || y === undefined || f.width === undefined || f.height === undefined) return true;
  const clear = x + f.width <= page.left || x >= page.width - page.right || y + f.height <= page.top || y >= page.height - page.bottom;
  return !clear;
}

/** A section's page (w:pgSz, w:pgMar), with Word's defaults (A4 portrait, 1440 margins) for what is not written. */
export function pageBox(sectPr: XElement): PageBox {
  const size = child(sectPr, 'pgSz');
  const mar = child(sectPr, 'pgMar');
  const n = (el: XElement | undefined, name: string, fallback: number): number => Math.abs(num(wAttr(el, name)) ?? fallback);
  return {
    width: n(size, 'w', 11906),
    height: n(size, 'h', 16838),
    top: n(mar, 'top', 1440),
    right: n(mar, 'right', 1440),
    bottom: n(mar, 'bottom', 1440),
    left: n(mar, 'left', 1440),
  };
}
