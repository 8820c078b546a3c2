/** XLSX → grids with exceljs: one grid per visible sheet, merged ranges copied into every slot they cover; only what Excel shows is text. */
import { cellText, HiddenNotes, type Grid, type GridCell } from './grid.js';
import type { Anchor } from './xlsx-parts.js';
import { cellClipped, cellHiddenBy, indentedOut, shrunkOut, type LookCell } from './xlsx-look.js';
import { ImportError } from './texts.js';
import { anchorBox, readXlsxParts } from './xlsx-parts.js';

/** A cell's text as Excel shows it: rich text joined, Alt+Enter line breaks kept, numbers as displayed. */
function textOf(cell: { text?: string; value?: unknown }): string {
  let raw: string;
  try {
    raw = cell.text ?? '';
  } catch {
    raw = typeof cell.value === 'string' ? cell.value : '';
  }
  return cellText(raw.replace(/\r\n?/g, '\n').split('\n'));
}

/** The text of an exceljs cell note: a string, or rich texts. */
function noteText(note: unknown): string {
  if (typeof note === 'string') return note.trim();
  const texts = (note as { texts?: { text?: unknown }[] } | null | undefined)?.texts;
  return Array.isArray(texts)
    ? texts
        .map((t) => (typeof t.text === 'string' ? t.text : ''))
        .join('')
        .trim()
    : '';
}

/** The formula of a cell value ({formula, result} or a shared formula), if it has one. */
function formulaOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const v = value as { formula?: unknown; sharedFormula?: unknown };
  const f = v.formula ?? v.sharedFormula;
  return typeof f === 'string' ? f : undefined;
}

/** Column letters → number (A → 1, AA → 27). */
const columnNumber = (letters: string): number => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

interface ConditionalFormatting {
  readonly ref?: string;
  readonly rules?: readonly { readonly style?: { readonly font?: unknown; readonly numFmt?: unknown } }[];
}

/**
 * The cells ("row:col") a conditional format may repaint: one whose rules set a font or a number format can turn text
 * white, tiny or into other words depending on a condition, so what shows is not what is read.
 */
function repainted(formats: readonly ConditionalFormatting[] | undefined): (row: number, col: number) => boolean {
  const boxes: [number, number, number, number][] = [];
  for (const cf of formats ?? []) {
    if (!(cf.rules ?? []).some((r) => r.style?.font !== undefined || r.style?.numFmt !== undefined)) continue;
    for (const range of (cf.ref ?? '').split(/\s+/)) {
      const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(range);
      if (!m) continue;
      const [c1, r1] = [columnNumber(m[1] as string), Number(m[2])];
      const [c2, r2] = m[3] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
      boxes.push([Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2)]);
    }
  }
  return (row, col) => boxes.some(([ra, rb, ca, cb]) => row >= ra && row <= rb && col >= ca && col <= cb);
}

/**
 * Pictures and shapes laid over cells (a white rectangle over 政务新媒体, a drawn √ over an empty tick cell) show what
 * is not read: each covered row is refused, naming the covered text or the drawing. Only in the table: a seal over
 * the 落款 lines below it is normal.
 */
function drawnOver(ws: import('exceljs').Worksheet, anchors: readonly Anchor[], defaultWidth: number, notes: HiddenNotes): void {
  // Excel's units: a column of width w is about 7w + 5 pixels (9525 EMU each), a row of h points 12700 EMU a point.
  const colEmu = (c: number): number => ((ws.getColumn(c).width ?? defaultWidth) * 7 + 5) * 9525;
  const rowEmu = (r: number): number => (ws.getRow(r).height ?? 15) * 12700;
  for (const anchor of anchors) {
    const box = anchorBox(anchor, colEmu, rowEmu);
    for (let r = box.top; r <= Math.min(box.bottom, ws.rowCount); r++) {
      const texts: string[] = [];
      for (let c = box.left; c <= box.right; c++) texts.push(textOf(ws.getRow(r).getCell(c)));
      const covered = texts.filter((t) => t !== '').join(' ');
      notes.add(r, 'shape', covered || anchor.name, true, covered !== '');
    }
  }
}

/** The merged ranges of a sheet (exceljs keeps them by master address). */
function mergedRanges(ws: import('exceljs').Worksheet): { top: number; left: number; bottom: number; right: number }[] {
  const merges = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}

/** The width of a merged cell whose master is at (`row`, `col`): its shown columns together. */
function mergedWidth(ws: import('exceljs').Worksheet, row: number, col: number, defaultWidth: number): number {
  const m = mergedRanges(ws).find((x) => x.top === row && x.left === col);
  let width = 0;
  for (let c = col; c <= (m?.right ?? col); c++) if (!ws.getColumn(c).hidden) width += ws.getColumn(c).width ?? defaultWidth;
  return width;
}

/** Whether a cell's fill covers the sheet's background picture (a pattern or gradient fill). */
const filled = (cell: LookCell): boolean =>
  cell.fill?.type === 'gradient' || (cell.fill?.type === 'pattern' && cell.fill.pattern !== undefined && cell.fill.pattern !== 'none');

export async function readXlsx(bytes: Uint8Array, file: string): Promise<Grid[]> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new ImportError('err.corrupt', { file, kind: 'XLSX', reason: (e as Error).message });
  }
  const grids: Grid[] = [];
  const parts = readXlsxParts(bytes);
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
    const width = ws.columnCount;
    const rows = [];
    const notes = new HiddenNotes();
    const conditional = repainted((ws as unknown as { conditionalFormattings?: ConditionalFormatting[] }).conditionalFormattings);
    // A hidden column or one too narrow for a character (a width under 1.7, padding included), a hidden or
    // zero-height row: Excel shows none of it.
    const defaultWidth = (ws.properties as { defaultColWidth?: number }).defaultColWidth ?? 8.43;
    const hiddenColumns = new Set<number>();
    for (let c = 1; c <= width; c++) {
      const col = ws.getColumn(c);
      if (col.hidden || (col.width !== undefined && col.width < 1.7)) hiddenColumns.add(c);
    }
    // A merged cell shows across the columns it spans: hidden when they are all hidden, or together too narrow.
    const hiddenMerges = new Set<string>();
    for (const m of mergedRanges(ws)) {
      let shown = 0;
      for (let c = m.left; c <= m.right; c++) if (!ws.getColumn(c).hidden) shown += ws.getColumn(c).width ?? defaultWidth;
      if (shown < 1.7) hiddenMerges.add(`${m.top}:${m.left}`);
    }
    const background = parts.backgrounds.has(ws.name);
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const rowHidden = row.hidden || (row.height !== undefined && row.height < 2);
      const cells: GridCell[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        let text = textOf(master);
        const how = rowHidden
          ? 'row'
          : (hiddenColumns.has(c) && !cell.isMerged) || (cell.isMerged && hiddenMerges.has(`${master.row}:${master.col}`))
            ? 'column'
            : (cellHiddenBy(master as unknown as LookCell, parts) ?? (conditional(r, c) ? 'format' : undefined));
        if (how && text !== '') {
          if (master === cell) notes.add(r, how, text);
          text = '';
        }
        // A formula: what is read is the result the file stores, what Excel, WPS or LibreOffice shows is the formula
        // worked out again (="" with a stored √ shows nothing). Neither can be trusted to be the other: refused.
        // A cell comment (note): shown only on hover, and not read — like a Word comment on a cell.
        const comment = noteText((cell as unknown as { note?: unknown }).note);
        if (comment !== '') notes.add(r, 'note', comment);
        const formula = formulaOf(master.value);
        if (!how && formula !== undefined) {
          if (master === cell) notes.add(r, 'formula', text === '' ? `=${formula}` : `${text}（=${formula}）`);
          text = '';
        }
        // A sheet background picture shows through every unfilled cell: dark, it hides black text; it may paint other
        // words. The text stays (the table is still found: its header is over the picture too) and each row is refused.
        if (!how && background && master === cell && text !== '' && !filled(master as unknown as LookCell)) notes.add(r, 'background', text, false, true);
        // An indent wider than the column pushes the text past the cell's edge (read all the same, so kept).
        if (!how && !cell.isMerged && text !== '' && indentedOut(master as never, ws.getColumn(c).width ?? defaultWidth))
          notes.add(r, 'indent', text, false, true);
        // Shrunk to fit a line padded out with spaces: drawn too small to see.
        if (!how && text !== '' && master === cell) {
          const width = cell.isMerged ? mergedWidth(ws, Number(master.row), Number(master.col), defaultWidth) : (ws.getColumn(c).width ?? defaultWidth);
          const raw = (() => {
            try {
              return master.text ?? '';
            } catch {
              return text;
            }
          })();
          if (shrunkOut(master as never, raw, width)) {
            notes.add(r, 'tiny', text);
            text = '';
          }
        }
        // A set row height cuts off the lines that do not fit (the rest of 公开依据): not what is read.
        if (!how && !cell.isMerged && text !== '') {
          const set = row.height !== undefined && parts.fixedRows.get(ws.name)?.has(r) === true;
          const box = { columnWidth: ws.getColumn(c).width ?? defaultWidth, ...(set ? { rowHeight: row.height } : {}) };
          if (cellClipped(cell as unknown as Parameters<typeof cellClipped>[0], text, box)) notes.add(r, 'clipped', text, false, true);
        }
        const fromAbove = master.row !== cell.row;
        const fromLeft = master.col !== cell.col;
        cells.push({ text, ...(fromAbove ? { fromAbove } : {}), ...(fromLeft ? { fromLeft } : {}) });
      }
      rows.push({ cells, number: r });
    }
    drawnOver(ws, parts.drawings.get(ws.name) ?? [], defaultWidth, notes);
    const hidden = notes.list();
    grids.push({ where: { zh: `工作表“${ws.name}”`, en: `sheet "${ws.name}"` }, rows, before: [], ...(hidden.length > 0 ? { hidden } : {}) });
  }
  return grids;
}
