/** XLSX → grids with exceljs: one grid per visible sheet, merged ranges copied into every slot they cover. */
import { cellText, type Grid, type GridCell } from './grid.js';
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
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (row.hidden) continue;
      const cells: GridCell[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        const text = textOf(master);
        const fromAbove = master.row !== cell.row;
        const fromLeft = master.col !== cell.col;
        cells.push({ text, ...(fromAbove ? { fromAbove } : {}), ...(fromLeft ? { fromLeft } : {}) });
      }
      rows.push({ cells, number: r });
    }
    grids.push({ where: { zh: `工作表“${ws.name}”`, en: `sheet "${ws.name}"` }, rows, before: [] });
  }
  return grids;
}
