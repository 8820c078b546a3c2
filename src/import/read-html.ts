/** HTML → grids with parse5: every table not nested in another, rowspan/colspan placed, <br>, <li> and <p> as line breaks; only shown text is read. */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { cellText, GridBuilder, HiddenNotes, type Grid, type HiddenHow } from './grid.js';
import { lookOf, textHiddenBy, type HtmlLook } from './html-look.js';

type Hide = (how: HiddenHow, text: string) => void;

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const kids = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);

const BLOCK = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'caption', 'section']);
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

/** Text with line breaks where the page shows them; text the page does not show goes to `hide`. */
function textLines(n: Node, look: HtmlLook = {}, hide?: Hide): string[] {
  let out = '';
  const walk = (node: Node, at: HtmlLook): void => {
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value.replace(/[ \t\r\n]+/g, ' ');
      const how = textHiddenBy(at);
      if (how) hide?.(how, text);
      else out += text;
      return;
    }
    if (!isElement(node) || SKIP.has(node.tagName)) return;
    if (node.tagName === 'br') {
      out += '\n';
      return;
    }
    const block = BLOCK.has(node.tagName);
    const inner = lookOf(node, at);
    if (block) out += '\n';
    for (const k of kids(node)) walk(k, inner);
    if (block) out += '\n';
  };
  for (const k of kids(n)) walk(k, look);
  return out.split('\n');
}

/** The rows with the id of their <tbody> when it names a category. */
function rowsOf(table: Element): { tr: Element; group?: string; section?: Element }[] {
  const rows: { tr: Element; group?: string; section?: Element }[] = [];
  for (const k of kids(table)) {
    if (!isElement(k)) continue;
    if (k.tagName === 'tr') rows.push({ tr: k });
    else if (k.tagName === 'thead' || k.tagName === 'tbody' || k.tagName === 'tfoot') {
      const id = attr(k, 'id');
      const group = id?.startsWith('category-') ? id.slice(9) : undefined;
      rows.push(
        ...kids(k)
          .filter(isElement)
          .filter((e) => e.tagName === 'tr')
          .map((tr) => ({ tr, section: k, ...(group ? { group } : {}) })),
      );
    }
  }
  return rows;
}

const span = (v: string | undefined): number => Math.min(1000, Math.max(1, Number.parseInt(v ?? '1', 10) || 1));

function tableGrid(table: Element, index: number, before: string[], look: HtmlLook): Grid {
  const b = new GridBuilder();
  const notes = new HiddenNotes();
  const rows = rowsOf(table);
  const ids: (string | undefined)[] = [];
  rows.forEach(({ tr, section }, r) => {
    const id = attr(tr, 'id');
    ids.push(id?.startsWith('item-') ? id.slice(5) : undefined);
    let col = 0;
    const rowLook = lookOf(tr, section ? lookOf(section, look) : look);
    const hide: Hide = (how, text) => notes.add(r + 1, rowLook.hidden ? 'row' : how, text);
    for (const td of kids(tr)
      .filter(isElement)
      .filter((e) => e.tagName === 'td' || e.tagName === 'th')) {
      col = b.place(r, col, cellText(textLines(td, lookOf(td, rowLook), hide)), span(attr(td, 'colspan')), span(attr(td, 'rowspan')));
    }
  });
  const hidden = notes.list();
  const grid = b.build().slice(0, Math.max(rows.length, 0));
  return {
    where: { zh: `表${index + 1}`, en: `table ${index + 1}` },
    rows: grid.map((cells, i) => {
      const group = rows[i]?.group;
      return { cells, number: i + 1, ...(ids[i] ? { itemId: ids[i] } : {}), ...(group ? { categoryId: group } : {}) };
    }),
    before,
    ...(hidden.length > 0 ? { hidden } : {}),
  };
}

/** Every outermost <table>, with the headings and paragraphs above it (and its caption) as title candidates. */
export function readHtml(bytes: Uint8Array): Grid[] {
  const doc = parse(decodeText(bytes));
  const grids: Grid[] = [];
  let before: string[] = [];
  const walk = (n: Node, parent: HtmlLook): void => {
    if (!isElement(n) && n.nodeName !== '#document') return;
    if (isElement(n) && SKIP.has(n.tagName)) return;
    const look = isElement(n) ? lookOf(n, parent) : parent;
    if (isElement(n) && n.tagName === 'table') {
      const caption = kids(n)
        .filter(isElement)
        .find((e) => e.tagName === 'caption');
      const captionText = caption ? (cellText(textLines(caption, lookOf(caption, look))).split('\n')[0] ?? '') : '';
      grids.push(tableGrid(n, grids.length, captionText ? [...before, captionText] : before, look));
      before = [];
      return;
    }
    if (isElement(n) && /^(h[1-6]|p|title)$/.test(n.tagName)) {
      const t = cellText(textLines(n, look)).replace(/\n/g, '');
      if (t) before.push(t);
      return;
    }
    for (const k of kids(n)) walk(k, look);
  };
  walk(doc, {});
  return grids;
}

/** UTF-8 unless the bytes are not, then GB18030 (pages saved by Chinese Windows software). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
