/**
 * hidden-content (clipped), red team round 8: a Word table row given a fixed height (w:trHeight w:hRule="exact") too
 * low for its cells. Word and LibreOffice cut off every line that does not fit — the rest of 公开依据, a second
 * channel — while the file still holds them, so verify read the whole baseline item and passed. The same in Excel: a
 * row whose height was set by hand (customHeight) shows one line of a wrapped cell.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';
import { TEXT_HEAD, TEXT_ROWS } from './office-table.js';
import { builtWordFiling } from './verify-folder.js';

const dir = tempDir('clipped-');
let built: Uint8Array;

/** The built filing with the 招生计划 row given `trPr` (the row's own properties, replaced). */
function withRow(trPr: string): Uint8Array {
  const parts = unzipSync(built);
  const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
  const at = xml.indexOf('招生计划</w:t>');
  const row = xml.lastIndexOf('<w:tr>', at);
  const own = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
  expect(xml.slice(row, row + own.length)).toBe(own);
  parts['word/document.xml'] = strToU8(`${xml.slice(0, row)}<w:tr><w:trPr>${trPr}</w:trPr>${xml.slice(row + own.length)}`);
  return zipSync(parts);
}

interface Filing {
  file: string;
  status?: string;
  diagnostics: { rule: string; severity: string; line: number; message: string }[];
}
function verify(name: string, bytes: Uint8Array, file = 'weihui.filing.docx'): Filing {
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, file), bytes);
  const r = runCli(['verify', name, '--format', 'json'], dir);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return (JSON.parse(r.stdout) as { files: Filing[] }).files[0] as Filing;
}

beforeAll(() => {
  const source = readFileSync(join(repoRoot, 'catalogues', 'weihui.yaml'), 'utf8').replace(/^extends: .*$/m, 'extends: xinxiang@2020');
  writeFileSync(join(dir, 'weihui.yaml'), source);
  built = builtWordFiling(dir, 'weihui.yaml');
}, 120_000);

describe('a fixed row height that cuts off lines of a cell', () => {
  it('the built Word table passes (control)', () => {
    expect(verify('plain', built).status).toBe('ok');
  });
  it('a row one line high shows the first line of 公开依据 only: refused as hidden content (red team)', () => {
    const f = verify('clipped', withRow('<w:cantSplit/><w:trHeight w:val="400" w:hRule="exact"/>'));
    expect(f.status).toBe('error');
    const found = f.diagnostics.filter((d) => d.rule === 'hidden-content');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/（招生计划）有读者看不到的内容：行高固定、单元格放不下而不显示的文字/);
    expect(found[0]?.message).toContain('《中华人民共和国政府信息公开条例》');
    // Cells that fit one line are not named.
    expect(found[0]?.message).not.toContain('各校本年度招生计划');
  });
  it('a fixed height the cells fit in, and an "at least" height, are read as usual', () => {
    expect(verify('roomy', withRow('<w:cantSplit/><w:trHeight w:val="4000" w:hRule="exact"/>')).status).toBe('ok');
    expect(verify('atleast', withRow('<w:cantSplit/><w:trHeight w:val="400" w:hRule="atLeast"/>')).status).toBe('ok');
  });
});

/** The baseline as an Excel table, cells wrapped, every item row set to `height` points and the 教育法律 row to `target`. */
async function sheet(height: number, target: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.addRow(['延津县义务教育领域基层政务公开标准目录']);
  ws.addRow(TEXT_HEAD);
  for (const r of TEXT_ROWS) ws.addRow(r);
  ws.columns.forEach((c, i) => {
    c.width = [8, 12, 30, 40, 20, 14, 16, 10, 10, 10][i] ?? 10;
  });
  for (let r = 3; r <= ws.rowCount; r++) {
    ws.getRow(r).eachCell((c) => {
      c.alignment = { wrapText: true, vertical: 'top' };
    });
    ws.getRow(r).height = TEXT_ROWS[r - 3]?.[1] === '教育法律' ? target : height;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('an exact line spacing far under the type', () => {
  it('政务新媒体 on a 1-pt line is drawn over 政府网站, unreadable: refused as squeezed text, and not read (red team)', () => {
    const parts = unzipSync(built);
    const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
    const row = xml.indexOf('招生范围</w:t>');
    const at = xml.indexOf('政务新媒体</w:t>', row);
    const p = xml.lastIndexOf('<w:p>', at);
    const para = xml.slice(p, at);
    expect(para).toContain('w:line="273" w:lineRule="exact"');
    parts['word/document.xml'] = strToU8(xml.slice(0, p) + para.replace('w:line="273"', 'w:line="20"') + xml.slice(at));
    const f = verify('squeezed', zipSync(parts));
    const found = f.diagnostics.filter((d) => d.rule === 'hidden-content');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/（招生范围）有读者看不到的内容：字号极小（小于 4 磅）或压缩得看不见的文字“政务新媒体”/);
    expect(f.diagnostics.map((d) => d.rule)).toContain('removed-channel');
  });
});

describe('an Excel row whose height was set by hand too low for its wrapped cells', () => {
  it('rows high enough pass; the 教育法律 row at one line (five laws in 公开内容) is refused (red team)', async () => {
    const roomy = verify('sheet-roomy', await sheet(80, 80), 'yanjin.xlsx');
    expect(roomy.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const cut = verify('sheet-cut', await sheet(80, 15), 'yanjin.xlsx');
    const found = cut.diagnostics.filter((d) => d.rule === 'hidden-content');
    expect(found.map((d) => [d.severity, d.line])).toEqual([['error', 3]]);
    expect(found[0]?.message).toMatch(
      /第3行（教育法律）有读者看不到的内容：行高固定、单元格放不下而不显示的文字（请把行高设为自动或“最小值”）“《中华人民共和国教育法》/,
    );
  });
});
