/** A hand-made Excel filing of the whole baseline (title row, TEXT_HEAD, TEXT_ROWS) with one trick applied: the Excel red-team tests' fixture. */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { TEXT_HEAD, TEXT_ROWS } from './office-table.js';

/** Row of 招生计划 in the sheet (a title row, then the header); its channel column. */
export const SHEET_ROW = TEXT_ROWS.findIndex((r) => r[1] === '招生计划') + 3;
export const SHEET_CHANNEL = 7;

export interface SheetTrick {
  readonly sheet: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void;
  /** Edits of the written parts (styles.xml, theme1.xml, the sheet's XML). */
  readonly parts?: (parts: Record<string, Uint8Array>) => void;
}

/** The filing with `trick` applied; `channelWidth` sets the 公开渠道 column's width before the trick. */
export async function sheetFiling(trick: SheetTrick, channelWidth?: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.addRow(['延津县义务教育领域基层政务公开标准目录']);
  ws.addRow(TEXT_HEAD);
  for (const r of TEXT_ROWS) ws.addRow(r);
  if (channelWidth !== undefined) ws.getColumn(SHEET_CHANNEL).width = channelWidth;
  trick.sheet(ws, wb);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  if (!trick.parts) return bytes;
  const parts = unzipSync(bytes);
  trick.parts(parts);
  return zipSync(parts);
}

/** Each trick's filing as NAME.xlsx, for verifyFolder. */
export async function sheetFilings(tricks: Readonly<Record<string, SheetTrick>>, channelWidth?: number): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const [name, trick] of Object.entries(tricks)) out[`${name}.xlsx`] = await sheetFiling(trick, channelWidth);
  return out;
}
