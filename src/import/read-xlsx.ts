/** XLSX → grids with exceljs: one grid per visible sheet, merged ranges copied into every slot they cover; only what Excel shows is text. */
import { cellText, HiddenNotes, type Grid, type GridCell } from './grid.js';
import { cellHiddenBy, type LookCell } from './xlsx-look.js';
import { ImportError } from './texts.js';

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

export async function readXlsx(bytes: Uint8Array, file: string): Promise<Grid[]> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new ImportError('err.corrupt', { file, kind: 'XLSX', reason: (e as Error).message });
  }
  const grids: Grid[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
    const width = ws.columnCount;
    const rows = [];
    const notes = new HiddenNotes();
    // A hidden or zero-width column, a hidden or zero-height row: Excel shows none of it.
    const hiddenColumns = new Set<number>();
    for (let c = 1; c <= width; c++) {
      const col = ws.getColumn(c);
      if (col.hidden || (col.width !== undefined && col.width < 0.5)) hiddenColumns.add(c);
    }
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const rowHidden = row.hidden || (row.height !== undefined && row.height < 2);
      const cells: GridCell[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        let text = textOf(master);
        const how = rowHidden ? 'row' : hiddenColumns.has(c) && !cell.isMerged ? 'column' : cellHiddenBy(master as unknown as LookCell);
        if (how && text !== '') { if (master === cell) notes.add(r, how, text); text = ''; }
        const fromAbove = master.row !== cell.row;
        const fromLeft = master.col !== cell.col;
        cells.push({ text, ...(fromAbove ? { fromAbove } : {}), ...(fromLeft ? { fromLeft } : {}) });
      }
      rows.push({ cells, number: r });
    }
    const hidden = notes.list();
    grids.push({ where: { zh: `工作表“${ws.name}”`, en: `sheet "${ws.name}"` }, rows, before: [], ...(hidden.length > 0 ? { hidden } : {}) });
  }
  return grids;
}
