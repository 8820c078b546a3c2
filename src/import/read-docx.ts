/** DOCX → grids: word/document.xml read with an XML parser over the zip; gridSpan and vMerge give the spans. */
import { unzipSync } from 'fflate';
import { cellText, GridBuilder, type Grid } from './grid.js';
import { ImportError } from './texts.js';
import { parseXml, type XElement } from './xml-tree.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Wrappers whose content belongs to their parent: content controls, custom XML, smart tags, insertions. */
const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'ins', 'hyperlink', 'fldSimple']);

const isW = (el: XElement, local: string): boolean => el.uri === W && el.local === local;
/** The `w:` children named `local`, looking through wrappers. */
function wChildren(el: XElement, local: string, out: XElement[] = []): XElement[] {
  for (const c of el.children) {
    if (isW(c, local)) out.push(c);
    else if (c.uri === W && WRAPPERS.has(c.local)) wChildren(c, local, out);
  }
  return out;
}
const child = (el: XElement | undefined, local: string): XElement | undefined => el?.children.find((c) => isW(c, local));
const val = (el: XElement | undefined): string | undefined => el?.attrs[`{${W}}val`];

/** The text of a paragraph: runs, tabs and line breaks; deleted text (w:del) is not text. */
function paragraphText(p: XElement): string {
  let out = '';
  const walk = (el: XElement): void => {
    for (const e of el.children) {
      if (e.uri !== W) continue;
      if (e.local === 't') out += e.text;
      else if (e.local === 'tab') out += ' ';
      else if (e.local === 'br' || e.local === 'cr') out += '\n';
      else if (e.local !== 'del' && e.local !== 'tbl' && e.local !== 'rPr' && e.local !== 'pPr') walk(e);
    }
  };
  walk(p);
  return out;
}

const cellLines = (tc: XElement): string[] => wChildren(tc, 'p').flatMap((p) => paragraphText(p).split('\n'));

function tableGrid(tbl: XElement, index: number, before: string[]): Grid {
  const b = new GridBuilder();
  wChildren(tbl, 'tr').forEach((tr, r) => {
    let col = Number(val(child(child(tr, 'trPr'), 'gridBefore')) ?? 0);
    for (const tc of wChildren(tr, 'tc')) {
      const pr = child(tc, 'tcPr');
      const span = Number(val(child(pr, 'gridSpan')) ?? 1) || 1;
      const vMerge = child(pr, 'vMerge');
      // A vMerge without val="restart" continues the cell above.
      if (vMerge && val(vMerge) !== 'restart' && r > 0) col = b.continueAbove(r, col, span);
      else col = b.place(r, col, cellText(cellLines(tc)), span);
    }
  });
  return {
    where: { zh: `表${index + 1}`, en: `table ${index + 1}` },
    rows: b.build().map((cells, i) => ({ cells, number: i + 1 })),
    before,
  };
}

/** Every top-level table of the body (tables nested in cells are part of their cell), with the paragraphs above each. */
export function readDocx(bytes: Uint8Array, file: string): Grid[] {
  let root: XElement;
  try {
    const entry = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
    if (!entry) throw new Error('word/document.xml is missing');
    root = parseXml(new TextDecoder().decode(entry));
  } catch (e) {
    throw new ImportError('err.corrupt', { file, kind: 'DOCX', reason: (e as Error).message });
  }
  const body = child(root.children.find((c) => isW(c, 'document')), 'body');
  if (!body) throw new ImportError('err.corrupt', { file, kind: 'DOCX', reason: 'no w:body' });
  const grids: Grid[] = [];
  let before: string[] = [];
  const walk = (el: XElement): void => {
    for (const e of el.children) {
      if (e.uri !== W) continue;
      if (e.local === 'tbl') { grids.push(tableGrid(e, grids.length, before)); before = []; }
      else if (e.local === 'p') { const t = paragraphText(e).trim(); if (t) before.push(t); }
      else if (WRAPPERS.has(e.local)) walk(e);
    }
  };
  walk(body);
  return grids;
}
