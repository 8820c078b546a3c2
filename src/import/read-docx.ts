/** DOCX → grids: word/document.xml read with an XML parser over the zip; gridSpan and vMerge give the spans; only what Word shows is text. */
import { unzipSync } from 'fflate';
import { child, DocxLooks, hiddenBy, isW, symbolFont, val, W } from './docx-look.js';
import { floatsIn, overBody, pageBox, type Float } from './docx-float.js';
import { themePalette } from './docx-theme.js';
import { cellText, GridBuilder, HiddenNotes, type Grid, type HiddenHow, type HiddenNote } from './grid.js';
import { ImportError } from './texts.js';
import { parseXml, type XElement } from './xml-tree.js';
import { DOCX_CELL_STYLE } from '../render/docx/cell-style.js';

/** Wrappers whose content belongs to their parent: content controls, custom XML, smart tags, insertions. */
const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'ins', 'hyperlink', 'fldSimple']);
const NOTE_PARTS = ['word/comments.xml', 'word/footnotes.xml', 'word/endnotes.xml'] as const;
const NOTE_REFS: Readonly<Record<string, string>> = { commentReference: 'comment', footnoteReference: 'footnote', endnoteReference: 'endnote' };

/**
 * A content control bound to a custom XML part (w:sdtPr/w:dataBinding): Word replaces what the file stores in it with
 * the bound value when it opens the document, so what is stored is not what is shown.
 */
const isBound = (el: XElement): boolean => isW(el, 'sdt') && child(child(el, 'sdtPr'), 'dataBinding') !== undefined;

/** The `w:` children named `local`, looking through wrappers; `bound` marks those inside a bound content control. */
function wChildrenMarked(el: XElement, local: string, bound = false, out: { el: XElement; bound: boolean }[] = []): { el: XElement; bound: boolean }[] {
  for (const c of el.children) {
    if (isW(c, local)) out.push({ el: c, bound });
    else if (c.uri === W && WRAPPERS.has(c.local)) wChildrenMarked(c, local, bound || isBound(c), out);
  }
  return out;
}

/** The `w:` children named `local`, looking through wrappers (bound content controls too). */
const wChildren = (el: XElement, local: string): XElement[] => wChildrenMarked(el, local).map((m) => m.el);

/** What a run may carry besides text that paints over the page: DrawingML, VML, OLE objects and their fallbacks. */
const SHAPES = new Set(['drawing', 'pict', 'object', 'AlternateContent']);

/** The text of a text box (w:txbxContent) inside a shape, if any. */
const shapeText = (el: XElement): string => (el.uri === W && el.local === 't' ? el.text : el.children.map(shapeText).join('')).trim();

/** Whether a field (w:instrText of a complex field, w:fldSimple) is below `el`. */
const hasField = (el: XElement): boolean => el.children.some((c) => (c.uri === W && (c.local === 'instrText' || c.local === 'fldSimple')) || hasField(c));

/** All w:t / w:delText below `el`. */
const rawText = (el: XElement): string => (el.uri === W && (el.local === 't' || el.local === 'delText') ? el.text : el.children.map(rawText).join(''));

/** What the reader of the document needs: styles, comment/footnote texts, and where hidden content goes. */
interface Context {
  readonly looks: DocxLooks;
  /** Comment, footnote and endnote texts by `kind:id`. */
  readonly notes: ReadonlyMap<string, string>;
  /** Where hidden content of the current row is noted (absent outside tables). */
  readonly hide?: (how: HiddenHow, text: string, kept?: boolean) => void;
  /** Every run here is hidden this way (a hidden or deleted row, a bound content control). */
  readonly forced?: HiddenHow;
  /** The cell's shading. */
  readonly fill?: string;
  /** The page colour (w:background), where no shading covers the page. */
  readonly page?: string;
  /** Run properties the table's style gives the cell, weakest first. */
  readonly tableRPr?: readonly XElement[];
}

/**
 * Word's bullet library in symbol fonts (Wingdings l ● n ■ q ❑ u ◆ v ❖ Ø ➢ § ▪, Symbol · •, also as U+F0xx):
 * pictures, not words. Any other letter in a symbol font draws some other picture (û ✗, ý ☒, ü ✓ — a tick in a
 * table of ticks is not neutral).
 */
const BULLETS = new Set([...'lnquvØ§·', ...[0x6c, 0x6e, 0x71, 0x75, 0x76, 0xd8, 0xa7, 0xb7].map((c) => String.fromCharCode(0xf000 + c))]);

/**
 * Whether a list level's text (w:lvlText, %N the numbers) shows words or marks of its own: anything but numbers,
 * punctuation and plain bullets (“×”, “√”, “（已停用）”, “不含”).
 */
function wordyLabel(text: string, level: XElement, looks: DocxLooks): boolean {
  const rest = text.replace(/%\d/g, '');
  const fonts = looks.look(child(level, 'rPr'), undefined).fonts ?? [];
  if (fonts.some(symbolFont)) return [...rest].some((c) => c.trim() !== '' && !BULLETS.has(c));
  return !/^[\s\p{P}●•○◦◆◇■□▪▫►▶➢]*$/u.test(rest);
}

/** The visible text of a paragraph: runs Word shows, tabs and line breaks; hidden, deleted and note text goes to ctx.hide. */
function paragraphText(p: XElement, ctx: Context): string {
  const pPr = child(p, 'pPr');
  // A list level whose text has words (w:lvlText "（已停用）", "不含："): Word and LibreOffice draw them before the
  // paragraph, and they are in no w:t. Numbers (%1), punctuation and bullets are what lists show.
  const label = ctx.looks.listLevel(pPr);
  const labelText = val(child(label, 'lvlText')) ?? '';
  if (label && wordyLabel(labelText, label, ctx.looks)) {
    if (ctx.hide) {
      ctx.hide('numbering', `${labelText}${rawText(p)}`);
      return '';
    }
    return `${labelText}${paragraphText(p, { ...ctx, looks: ctx.looks.withoutLists() })}`;
  }
  const pStyle = val(child(pPr, 'pStyle'));
  const background = ctx.looks.shade(child(pPr, 'shd')) ?? ctx.fill;
  const spacing = child(pPr, 'spacing');
  const line = Number(spacing?.attrs[`{${W}}line`]);
  const exactLine = spacing?.attrs[`{${W}}lineRule`] === 'exact' && Number.isFinite(line) ? line : undefined;
  let out = '';
  const run = (r: XElement, inserted: boolean, forced: HiddenHow | undefined): void => {
    let text = '';
    for (const e of r.children) {
      if (e.uri !== W) continue;
      if (e.local === 't') text += e.text;
      else if (e.local === 'tab') text += ' ';
      // A line break separates entries as people type them; in our own cells (DOCX_CELL_STYLE) it wraps one entry.
      else if (e.local === 'br' || e.local === 'cr') text += pStyle === DOCX_CELL_STYLE ? '' : '\n';
      else if (NOTE_REFS[e.local]) ctx.hide?.('note', ctx.notes.get(`${NOTE_REFS[e.local]}:${e.attrs[`{${W}}id`] ?? ''}`) ?? '?');
    }
    // A picture, shape or text box in a table cell can cover the cell's text (a white rectangle over 政务新媒体) or
    // show words that are not read: neither is what the program reads, so it is refused.
    for (const e of r.children) if (SHAPES.has(e.local)) ctx.hide?.('shape', shapeText(e) || e.local);
    // A symbol character (w:sym: Wingdings F0FC is a tick, F0FB a cross) shows a picture the text does not hold.
    for (const e of r.children) {
      if (e.uri === W && e.local === 'sym') ctx.hide?.('symbol', `${e.attrs[`{${W}}font`] ?? '?'} ${e.attrs[`{${W}}char`] ?? '?'}`);
    }
    // A field ({ IF … }, { =… }): its stored result is read, Word may show it worked out again (w:updateFields).
    for (const e of r.children) if (e.uri === W && e.local === 'instrText') ctx.hide?.('formula', e.text.trim() || 'field', true);
    const look = ctx.looks.look(child(r, 'rPr'), pStyle, ctx.tableRPr);
    // An exact line spacing far under the type (w:line 20 for 10.5 pt): the lines are drawn over each other, unreadable.
    const squeezed = exactLine !== undefined && exactLine < (look.sz ?? 21) * 10 * 0.6 ? 'tiny' : undefined;
    // On an unshaded page with a page colour, text of either colour is not seen: Word shows the page colour, and
    // prints white paper unless told to print background colours.
    const onPage = background === undefined && ctx.page ? hiddenBy(look, ctx.page) : undefined;
    const how = forced ?? hiddenBy(look, background) ?? onPage ?? squeezed;
    if (how) {
      ctx.hide?.(how, text);
      return;
    }
    if (inserted) ctx.hide?.('inserted', text, true);
    out += text;
  };
  const walk = (el: XElement, inserted: boolean, forced: HiddenHow | undefined): void => {
    for (const e of el.children) {
      if (e.uri !== W) continue;
      if (e.local === 'r') run(e, inserted, forced);
      else if (e.local === 'del' || e.local === 'moveFrom') ctx.hide?.('deleted', rawText(e));
      else if (e.local === 'ins' || e.local === 'moveTo') walk(e, true, forced);
      else if (e.local === 'bdo' || e.local === 'dir') {
        // Bidirectional embedding/override: Word shows the runs inside in another order than they are stored.
        if (e.attrs[`{${W}}val`] === 'rtl') ctx.hide?.('bidi', rawText(e));
        else walk(e, inserted, forced);
      } else if (e.local === 'fldSimple') {
        ctx.hide?.('formula', e.attrs[`{${W}}instr`]?.trim() || 'field', true);
        walk(e, inserted, forced);
      } else if (e.local !== 'tbl' && e.local !== 'pPr' && e.local !== 'rPr') walk(e, inserted, isBound(e) ? 'bound' : forced);
    }
  };
  walk(p, false, ctx.forced);
  return out;
}

const cellLines = (tc: XElement, ctx: Context): string[] =>
  wChildrenMarked(tc, 'p').flatMap(({ el, bound }) => paragraphText(el, bound && !ctx.forced ? { ...ctx, forced: 'bound' } : ctx).split('\n'));

/**
 * Why Word does not show a row, if it does not: w:trPr/w:hidden or an exact height too small to read (a hidden row),
 * a tracked deletion of the row (w:trPr/w:del: gone once the changes are accepted, struck while they show).
 */
function rowHiddenBy(tr: XElement): HiddenHow | undefined {
  const trPr = child(tr, 'trPr');
  if (child(trPr, 'del')) return 'deleted';
  const hidden = child(trPr, 'hidden');
  if (hidden && !['0', 'false', 'off'].includes(val(hidden) ?? 'true')) return 'row';
  const height = child(trPr, 'trHeight');
  return height?.attrs[`{${W}}hRule`] === 'exact' && Number(val(height)) < 60 ? 'row' : undefined;
}

/** A row's exact height in twips (w:trHeight w:hRule="exact"): Word cuts off what does not fit. */
function exactHeight(tr: XElement): number | undefined {
  const height = child(child(tr, 'trPr'), 'trHeight');
  const h = Number(val(height));
  return height?.attrs[`{${W}}hRule`] === 'exact' && Number.isFinite(h) ? h : undefined;
}

/** Default cell margins (left + right, top + bottom) in twips: Word's 108 left and right, 0 top and bottom, unless the table says. */
function cellMargins(tblPr: XElement | undefined): { across: number; down: number } {
  const mar = child(tblPr, 'tblCellMar');
  const side = (names: string[], fallback: number): number => {
    const el = names.map((n) => child(mar, n)).find((e) => e !== undefined);
    const w = Number(el?.attrs[`{${W}}w`]);
    return el && Number.isFinite(w) ? w : fallback;
  };
  return { across: side(['left', 'start'], 108) + side(['right', 'end'], 108), down: side(['top'], 0) + side(['bottom'], 0) };
}

/**
 * The least height (twips) Word needs to show every line of a cell: each paragraph (an empty one too) takes its lines
 * — the text's width over the cell's, a CJK character as wide as the type, others half — at its line spacing (exact
 * or at least as set, else 1.15 × the type), plus spacing before and after. An estimate on the low side: a row too low
 * for it cuts text off for certain.
 */
function neededHeight(tc: XElement, width: number | undefined, ctx: Context): number {
  let total = 0;
  for (const p of wChildren(tc, 'p')) {
    const pPr = child(p, 'pPr');
    const pStyle = val(child(pPr, 'pStyle'));
    const firstRun = wChildren(p, 'r')[0];
    const size = (ctx.looks.look(child(firstRun, 'rPr'), pStyle, ctx.tableRPr).sz ?? 21) * 10;
    const text = paragraphText(p, { looks: ctx.looks, notes: ctx.notes, ...(ctx.tableRPr ? { tableRPr: ctx.tableRPr } : {}) });
    const textWidth = [...text.replace(/\n/g, '')].reduce((w, c) => w + (/[\u2E80-\uFFEF]/u.test(c) ? size : size / 2), 0);
    const lines = Math.max(1, text.split('\n').length, width !== undefined && width > 0 ? Math.ceil(textWidth / width) : 1);
    const spacing = child(pPr, 'spacing');
    const line = Number(spacing?.attrs[`{${W}}line`]);
    const rule = spacing?.attrs[`{${W}}lineRule`];
    const natural = size * 1.15 * (rule === undefined || rule === 'auto' ? (Number.isFinite(line) && line > 0 ? line / 240 : 1) : 1);
    const each = rule === 'exact' && Number.isFinite(line) ? line : rule === 'atLeast' && Number.isFinite(line) ? Math.max(line, natural) : natural;
    const around = ['before', 'after'].reduce((s, n) => s + (Number(spacing?.attrs[`{${W}}${n}`]) || 0), 0);
    total += lines * each + around;
  }
  return total;
}

/** Whether a paragraph of a fit-text cell `width` twips wide is squeezed under 4 pt (a CJK character as wide as the type, others half). */
function fittedTooSmall(tc: XElement, width: number, ctx: Context): boolean {
  return wChildren(tc, 'p').some((p) => {
    const pStyle = val(child(child(p, 'pPr'), 'pStyle'));
    const size = (ctx.looks.look(child(wChildren(p, 'r')[0], 'rPr'), pStyle, ctx.tableRPr).sz ?? 21) * 10;
    // Line breaks (w:br) start new lines, each fitted on its own.
    const lines = (el: XElement): string =>
      el.uri === W && (el.local === 't' || el.local === 'delText')
        ? el.text
        : el.uri === W && (el.local === 'br' || el.local === 'cr')
          ? '\n'
          : el.children.map(lines).join('');
    return lines(p)
      .split('\n')
      .some((line) => {
        const textWidth = [...line].reduce((w, c) => w + (/[\u2E80-\uFFEF]/u.test(c) ? size : size / 2), 0);
        return textWidth > width && (size / 20) * (width / textWidth) < 4;
      });
  });
}

/**
 * Whether a paragraph's indents put its text outside a cell `width` twips wide (undefined: not known): the first line
 * or the rest starting more than a character left of the cell (a negative or hanging indent), or the indents leaving
 * less than a character of width. Word draws such text over the neighbouring cell or off the page.
 */
function pushedOut(p: XElement, width: number | undefined, looks: DocxLooks): boolean {
  const ind = looks.indent(child(p, 'pPr'));
  const n = (...names: string[]): number => names.map((name) => ind[name]).find((v) => v !== undefined) ?? 0;
  const left = n('start', 'left');
  const right = n('end', 'right');
  const first = left - n('hanging') + n('firstLine');
  const CHAR = 200;
  if (Math.min(left, first) < -CHAR || right < -CHAR) return true;
  return width !== undefined && width - Math.max(left, first) - right < CHAR;
}

function tableGrid(tbl: XElement, index: number, before: string[], base: Context): Grid {
  const b = new GridBuilder();
  const notes = new HiddenNotes();
  const tblPr = child(tbl, 'tblPr');
  const tableFill = base.looks.shade(child(tblPr, 'shd'));
  const columns = (child(tbl, 'tblGrid')?.children ?? []).filter((c) => isW(c, 'gridCol')).map((c) => Number(c.attrs[`{${W}}w`]) || 0);
  const margins = cellMargins(tblPr);
  // A fixed layout keeps the columns as wide as the file says, even too narrow for one character; autofit widens them.
  const fixed = child(tblPr, 'tblLayout')?.attrs[`{${W}}type`] === 'fixed';
  const trs = wChildrenMarked(tbl, 'tr');
  trs.forEach(({ el: tr, bound: rowBound }, r) => {
    let col = Number(val(child(child(tr, 'trPr'), 'gridBefore')) ?? 0);
    const forced = rowBound ? 'bound' : rowHiddenBy(tr);
    const ctx: Context = { ...base, hide: (how, text, kept) => notes.add(r + 1, how, text, false, kept), ...(forced ? { forced } : {}) };
    const height = ctx.forced ? undefined : exactHeight(tr);
    for (const { el: tc, bound } of wChildrenMarked(tr, 'tc')) {
      const pr = child(tc, 'tcPr');
      const span = Number(val(child(pr, 'gridSpan')) ?? 1) || 1;
      const vMerge = child(pr, 'vMerge');
      const style = base.looks.cellStyle(tblPr, { row: r, column: col, rows: trs.length, columns: columns.length });
      const fill = base.looks.shade(child(pr, 'shd')) ?? style.fill ?? tableFill;
      // A tracked deletion of the cell (w:cellDel): gone once the changes are accepted, marked while they show.
      const cellForced = ctx.forced ?? (bound ? 'bound' : child(pr, 'cellDel') ? 'deleted' : undefined);
      const lines = cellLines(tc, { ...ctx, ...(fill ? { fill } : {}), tableRPr: style.rPr, ...(cellForced ? { forced: cellForced } : {}) });
      // A floating table in the cell (w:tblpPr: placed by position, w:tblOverlap lets it lie over other text) is laid
      // over the table like a text box: a white one hides the cells under it, wherever Word puts it.
      for (const inner of tablesIn(tc)) {
        if (child(child(inner, 'tblPr'), 'tblpPr')) ctx.hide?.('shape', rawText(inner).trim() || 'w:tblpPr');
      }
      const grid = columns.slice(col, col + span);
      const inner = grid.length === span && grid.every((w) => w > 0) ? grid.reduce((a, w) => a + w, 0) - margins.across : undefined;
      const shown = cellText(lines);
      // Fit text (w:tcFitText): Word squeezes each paragraph, spaces included, onto one line of the cell; one padded
      // out with spaces is drawn too small to see.
      if (!cellForced && shown !== '' && child(pr, 'tcFitText') && inner !== undefined && fittedTooSmall(tc, inner, { ...base, tableRPr: style.rPr }))
        ctx.hide?.('tiny', shown, true);
      if (!cellForced && shown !== '') {
        // A fixed-layout column too narrow for a character (under half a character's width inside its margins).
        if (fixed && inner !== undefined && inner < 100) ctx.hide?.('column', shown, true);
        // Indents that push the text out of the cell (w:ind left −3000, a hanging indent wider than the cell).
        else if (wChildrenMarked(tc, 'p').some(({ el }) => pushedOut(el, inner, base.looks))) ctx.hide?.('indent', shown, true);
      }
      // A fixed row height cuts off the lines that do not fit (a second channel, the rest of a basis): not what is read.
      if (height !== undefined && !(vMerge && val(vMerge) !== 'restart')) {
        if (neededHeight(tc, inner, { ...base, tableRPr: style.rPr }) + margins.down > height * 1.05) ctx.hide?.('clipped', cellText(lines), true);
      }
      // A vMerge without val="restart" continues the cell above.
      if (vMerge && val(vMerge) !== 'restart' && r > 0) col = b.continueAbove(r, col, span);
      else col = b.place(r, col, cellText(lines), span);
    }
  });
  const hidden = notes.list();
  return {
    where: { zh: `表${index + 1}`, en: `table ${index + 1}` },
    rows: b.build().map((cells, i) => ({ cells, number: i + 1 })),
    before,
    ...(hidden.length > 0 ? { hidden } : {}),
  };
}

/** Comments, footnotes and endnotes by `kind:id`, for naming a note on a table cell. */
function noteTexts(parts: Record<string, Uint8Array>): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of NOTE_PARTS) {
    const bytes = parts[name];
    if (!bytes) continue;
    const kind = name.slice(5, -5).replace(/s$/, '');
    const root = parseXml(new TextDecoder().decode(bytes)).children[0];
    for (const n of root?.children ?? []) if (n.uri === W) out.set(`${kind}:${n.attrs[`{${W}}id`] ?? ''}`, rawText(n).trim());
  }
  return out;
}

/** Every table below `el` (a cell), at any depth. */
const tablesIn = (el: XElement): XElement[] => el.children.flatMap((c) => (c.uri !== W ? [] : c.local === 'tbl' ? [c, ...tablesIn(c)] : tablesIn(c)));

/** The tables nested in the cells of `tbl`, at any depth, in document order. */
function nestedTables(tbl: XElement): XElement[] {
  const out: XElement[] = [];
  const walk = (el: XElement, top: boolean): void => {
    for (const c of el.children) {
      if (c.uri !== W) continue;
      if (c.local === 'tbl' && !top) {
        out.push(c);
        walk(c, false);
      } else walk(c, false);
    }
  };
  walk(tbl, true);
  return out;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The targets of the document part's relationships by id (word/_rels/document.xml.rels), as part names. */
function documentRels(parts: Record<string, Uint8Array>): Map<string, string> {
  const out = new Map<string, string>();
  const rels = parts['word/_rels/document.xml.rels'];
  if (!rels) return out;
  for (const m of new TextDecoder().decode(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) out.set(id, target.startsWith('/') ? target.slice(1) : `word/${target.replace(/^\.\//, '')}`);
  }
  return out;
}

/** The numbering part the document's relationships name (Type …/numbering), if any. */
function numberingPart(parts: Record<string, Uint8Array>): string | undefined {
  const rels = parts['word/_rels/document.xml.rels'];
  if (!rels) return undefined;
  for (const m of new TextDecoder().decode(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (target && /\bType="[^"]*\/numbering"/.test(m[0])) return target.startsWith('/') ? target.slice(1) : `word/${target.replace(/^\.\//, '')}`;
  }
  return undefined;
}

/**
 * Floating objects that may lie over a section's table: its headers' and footers' (drawn on every page of the section,
 * a section without its own inheriting the previous one's) and those of its body text, each noted on the first row
 * of the section's first table. One placed by the page or the margin clear of the body (the page number beside a
 * landscape table) is left alone.
 */
function coveringFloats(
  sections: readonly { sectPr?: XElement; grids: readonly number[]; floats: readonly Float[] }[],
  rels: ReadonlyMap<string, string>,
  parts: Record<string, Uint8Array>,
  grids: Grid[],
): void {
  const inherited = new Map<string, string>();
  for (const s of sections) {
    for (const ref of s.sectPr?.children ?? []) {
      if (!isW(ref, 'headerReference') && !isW(ref, 'footerReference')) continue;
      const target = rels.get(ref.attrs[`{${REL}}id`] ?? '');
      if (target) inherited.set(`${ref.local}:${ref.attrs[`{${W}}type`] ?? 'default'}`, target);
    }
    const first = s.grids[0];
    if (first === undefined) continue;
    const page = pageBox(s.sectPr ?? ({ uri: W, local: 'sectPr', attrs: {}, children: [], text: '' } as XElement));
    const found: string[] = [];
    for (const target of new Set(inherited.values())) {
      const bytes = parts[target];
      if (!bytes) continue;
      const where = target.replace(/^word\//, '');
      for (const f of floatsIn(parseXml(new TextDecoder().decode(bytes)))) if (overBody(f, page)) found.push(`${where} ${f.label}`);
    }
    for (const f of s.floats) if (overBody(f, page)) found.push(f.label);
    const grid = grids[first];
    if (!grid || found.length === 0) continue;
    const notes: HiddenNote[] = [...new Set(found)].map((text) => ({ row: 1, how: 'overlay', text, kept: true }));
    grids[first] = { ...grid, hidden: [...(grid.hidden ?? []), ...notes] };
  }
}

/**
 * Every top-level table of the body (tables nested in cells are part of their cell), with the paragraphs above each.
 * A w:altChunk (content of another file Word merges in where it stands when it opens the document) is read in its
 * place when it is a Word document; any other kind cannot be read, and a file showing what is not read is refused.
 */
export function readDocx(bytes: Uint8Array, file: string, depth = 0): Grid[] {
  let root: XElement;
  let ctx: Context;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) =>
        f.name === 'word/document.xml' ||
        f.name === 'word/styles.xml' ||
        /^word\/[^/]+\.xml$/.test(f.name) ||
        f.name === 'word/settings.xml' ||
        /^word\/theme\/[^/]+\.xml$/.test(f.name) ||
        f.name === 'word/_rels/document.xml.rels' ||
        (NOTE_PARTS as readonly string[]).includes(f.name) ||
        (f.name.startsWith('word/') && !f.name.startsWith('word/media/') && !f.name.endsWith('.xml')),
    });
    const entry = parts['word/document.xml'];
    if (!entry) throw new Error('word/document.xml is missing');
    root = parseXml(new TextDecoder().decode(entry));
    const xmlPart = (name: string | undefined): XElement | undefined => {
      const part = name === undefined ? undefined : parts[name];
      return part ? parseXml(new TextDecoder().decode(part)) : undefined;
    };
    // The theme the document names (word/_rels), not whichever theme part the zip holds.
    const theme = [...documentRels(parts).values()].find((t) => /^word\/theme\/[^/]+\.xml$/.test(t));
    const palette = themePalette(xmlPart(theme), xmlPart('word/settings.xml'));
    // The list definitions the document names (word/_rels), whatever the part is called.
    const looks = new DocxLooks(xmlPart('word/styles.xml'), palette, xmlPart(numberingPart(parts)));
    const page = looks.pageColour(
      child(
        root.children.find((c) => isW(c, 'document')),
        'background',
      ),
    );
    ctx = { looks, notes: noteTexts(parts), ...(page ? { page } : {}) };
  } catch (e) {
    throw new ImportError('err.corrupt', { file, kind: 'DOCX', reason: (e as Error).message });
  }
  const body = child(
    root.children.find((c) => isW(c, 'document')),
    'body',
  );
  if (!body) throw new ImportError('err.corrupt', { file, kind: 'DOCX', reason: 'no w:body' });
  const grids: Grid[] = [];
  let before: string[] = [];
  const rels = documentRels(parts);
  // A paragraph whose mark is hidden runs on with the next one in Word: the text waiting for it.
  let pending = '';
  let pendingUndeclarable = false;
  const undeclarable: string[] = [];
  const flush = (): void => {
    if (pending.trim()) before.push(pending.trim());
    if (pending.trim() && pendingUndeclarable) undeclarable.push(pending.trim());
    pending = '';
    pendingUndeclarable = false;
  };
  // Sections in order (each ends with a w:sectPr), the grids each holds, and the floating objects of its body text:
  // those anchored before its first table, and any that may lie over the page's body.
  const sections: { sectPr?: XElement; grids: number[]; floats: Float[] }[] = [{ grids: [], floats: [] }];
  const section = (): { sectPr?: XElement; grids: number[]; floats: Float[] } => sections[sections.length - 1] as (typeof sections)[number];
  const walk = (el: XElement): void => {
    for (const e of el.children) {
      if (e.uri !== W) continue;
      if (e.local === 'sectPr') section().sectPr = e;
      if (e.local === 'altChunk') {
        const target = rels.get(e.attrs[`{${REL}}id`] ?? '') ?? '?';
        const chunk = parts[target];
        const isDocx = chunk !== undefined && chunk[0] === 0x50 && chunk[1] === 0x4b && depth < 3;
        if (!isDocx) throw new ImportError('err.altChunk', { file, target: target.replace(/^word\//, '') });
        // The merged document's paragraphs and tables, where the chunk stands.
        for (const g of readDocx(chunk, file, depth + 1)) {
          if (g.rows.length === 0) before.push(...g.before);
          else {
            const { after: _after, ...inner } = g;
            grids.push({ ...inner, where: { zh: `表${grids.length + 1}`, en: `table ${grids.length + 1}` }, before: [...before, ...g.before] });
            before = [...(g.after ?? [])];
          }
        }
      } else if (e.local === 'tbl') {
        flush();
        section().grids.push(grids.length);
        grids.push(tableGrid(e, grids.length, before, ctx));
        // A table inside a cell (a catalogue framed by a one-cell layout table) is read as a table of its own, under
        // the same title.
        for (const inner of nestedTables(e)) grids.push(tableGrid(inner, grids.length, before, ctx));
        before = [];
      } else if (e.local === 'p') {
        const pPr = child(e, 'pPr');
        pending += paragraphText(e, ctx).trim();
        // In a frame (placed by position, cut to its size) or holding a field (its stored result may not be what
        // Word shows): shown otherwise than as a paragraph of the text.
        if (child(pPr, 'framePr') || hasField(e)) pendingUndeclarable = true;
        // A hidden paragraph mark: Word shows this paragraph and the next as one.
        const joined = ctx.looks.look(child(pPr, 'rPr'), val(child(pPr, 'pStyle'))).vanish === true && !child(pPr, 'sectPr');
        if (!joined) flush();
        // Below a table of its section, an object placed from its paragraph, downwards, lies under the table.
        const afterTable = section().grids.length > 0;
        section().floats.push(...floatsIn(e).filter((f) => !(afterTable && ['paragraph', 'line', 'text'].includes(f.v.from) && (f.v.offset ?? -1) >= 0)));
        const sectPr = child(child(e, 'pPr'), 'sectPr');
        if (sectPr) {
          section().sectPr = sectPr;
          sections.push({ grids: [], floats: [] });
        }
      } else if (WRAPPERS.has(e.local)) walk(e);
    }
  };
  walk(body);
  flush();
  coveringFloats(sections, rels, parts, grids);
  if (undeclarable.length > 0) grids.forEach((g, i) => (grids[i] = { ...g, undeclarable }));
  const last = grids[grids.length - 1];
  if (last && before.length > 0) grids[grids.length - 1] = { ...last, after: before };
  // A merged-in document without a table: its paragraphs, for the document it stands in.
  if (!last && depth > 0 && before.length > 0) return [{ where: { zh: '', en: '' }, rows: [], before }];
  return grids;
}
