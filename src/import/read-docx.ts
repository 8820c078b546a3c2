/** DOCX → grids: word/document.xml read with a real XML parser over the zip; gridSpan and vMerge give the spans. */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { cellText, GridBuilder, type Grid } from './grid.js';
import { ImportError } from './texts.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const children = (el: Element, local: string): Element[] => {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === W && (n as Element).localName === local) out.push(n as Element);
  }
  return out;
};
const child = (el: Element | undefined, local: string): Element | undefined => (el ? children(el, local)[0] : undefined);
const val = (el: Element | undefined): string | undefined => el?.getAttributeNS(W, 'val') ?? undefined;

/** The text of a paragraph: runs, tabs and line breaks; deleted text (w:delText) is not text. */
function paragraphText(p: Element): string {
  let out = '';
  const walk = (el: Element): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.namespaceURI !== W) continue;
      if (e.localName === 't') out += e.textContent ?? '';
      else if (e.localName === 'tab') out += ' ';
      else if (e.localName === 'br' || e.localName === 'cr') out += '\n';
      else if (e.localName !== 'del' && e.localName !== 'tbl') walk(e);
    }
  };
  walk(p);
  return out;
}

/** A cell's paragraphs (including those inside content controls), one line each. */
function cellLines(tc: Element): string[] {
  const lines: string[] = [];
  const walk = (el: Element): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || (n as Element).namespaceURI !== W) continue;
      const e = n as Element;
      if (e.localName === 'p') lines.push(...paragraphText(e).split('\n'));
      else if (e.localName === 'sdt' || e.localName === 'sdtContent') walk(e);
    }
  };
  walk(tc);
  return lines;
}

/** Rows of a table, looking through content controls and custom XML wrappers. */
function tableRows(tbl: Element): Element[] {
  const rows: Element[] = [];
  const walk = (el: Element): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || (n as Element).namespaceURI !== W) continue;
      const e = n as Element;
      if (e.localName === 'tr') rows.push(e);
      else if (e.localName === 'sdt' || e.localName === 'sdtContent' || e.localName === 'customXml') walk(e);
    }
  };
  walk(tbl);
  return rows;
}

function rowCells(tr: Element): Element[] {
  const cells: Element[] = [];
  const walk = (el: Element): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || (n as Element).namespaceURI !== W) continue;
      const e = n as Element;
      if (e.localName === 'tc') cells.push(e);
      else if (e.localName === 'sdt' || e.localName === 'sdtContent' || e.localName === 'customXml') walk(e);
    }
  };
  walk(tr);
  return cells;
}

function tableGrid(tbl: Element, index: number, before: string[]): Grid {
  const b = new GridBuilder();
  const rows = tableRows(tbl);
  rows.forEach((tr, r) => {
    let col = Number(val(child(child(tr, 'trPr'), 'gridBefore')) ?? 0);
    for (const tc of rowCells(tr)) {
      const pr = child(tc, 'tcPr');
      const span = Number(val(child(pr, 'gridSpan')) ?? 1) || 1;
      const vMerge = child(pr, 'vMerge');
      const text = cellText(cellLines(tc));
      if (vMerge && val(vMerge) !== 'restart' && r > 0) {
        col = b.continueAbove(r, col, span);
      } else {
        col = b.place(r, col, text, span);
      }
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
  let xml: string;
  try {
    const entry = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml'];
    if (!entry) throw new Error('word/document.xml is missing');
    xml = new TextDecoder().decode(entry);
  } catch (e) {
    throw new ImportError('err.corrupt', { file, kind: 'DOCX', reason: (e as Error).message });
  }
  const doc = new DOMParser({ onError: () => {} }).parseFromString(xml, 'text/xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  if (!body) throw new ImportError('err.corrupt', { file, kind: 'DOCX', reason: 'no w:body' });
  const grids: Grid[] = [];
  let before: string[] = [];
  const walk = (el: Element): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1 || (n as Element).namespaceURI !== W) continue;
      const e = n as Element;
      if (e.localName === 'tbl') { grids.push(tableGrid(e, grids.length, before)); before = []; }
      else if (e.localName === 'p') { const t = paragraphText(e).trim(); if (t) before.push(t); }
      else if (e.localName === 'sdt' || e.localName === 'sdtContent' || e.localName === 'customXml') walk(e);
    }
  };
  walk(body);
  return grids;
}
