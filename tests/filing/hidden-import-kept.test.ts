/**
 * catalog import, red team round 7 (branch redteam15, attack 75): text refused as hidden but read all the same (a
 * Word paragraph indented out of its cell, an Excel sheet background picture) was imported while the warning said
 * 未导入. Now such a warning says the text is imported as it stands (and that verify refuses the table), and the
 * YAML holds it; text that is not read (a vanished run) still says 未导入 and is not written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';
import { TEXT_HEAD, TEXT_ROWS } from './office-table.js';
import { builtWordFiling } from './verify-folder.js';

const dir = tempDir('import-kept-');
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC';

/** The built Word filing with `change` applied to the paragraph properties of 政务新媒体 in 招生范围's channel cell. */
function wordWith(built: Uint8Array, change: (doc: string, run: number) => string): Uint8Array {
  const parts = unzipSync(built);
  const doc = strFromU8(parts['word/document.xml'] as Uint8Array);
  const run = doc.lastIndexOf('<w:r>', doc.indexOf('政务新媒体</w:t>', doc.indexOf('招生范围</w:t>')));
  parts['word/document.xml'] = strToU8(change(doc, run));
  return zipSync(parts);
}

beforeAll(async () => {
  const source = readFileSync(join(repoRoot, 'catalogues', 'weihui.yaml'), 'utf8').replace(/^extends: .*$/m, 'extends: xinxiang@2020');
  writeFileSync(join(dir, 'weihui.yaml'), source);
  const built = builtWordFiling(dir, 'weihui.yaml');
  writeFileSync(
    join(dir, 'indent.docx'),
    wordWith(built, (doc, run) => {
      const jc = doc.indexOf('<w:jc ', doc.lastIndexOf('<w:pPr>', run));
      return `${doc.slice(0, jc)}<w:ind w:left="-4000"/>${doc.slice(jc)}`;
    }),
  );
  writeFileSync(
    join(dir, 'vanish.docx'),
    wordWith(built, (doc, run) => {
      const rPr = doc.indexOf('<w:rPr>', run) + '<w:rPr>'.length;
      return `${doc.slice(0, rPr)}<w:vanish/>${doc.slice(rPr)}`;
    }),
  );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('目录');
  ws.addRow(['延津县义务教育领域基层政务公开标准目录']);
  ws.addRow(TEXT_HEAD);
  for (const r of TEXT_ROWS) ws.addRow(r);
  ws.addBackgroundImage(wb.addImage({ base64: PNG, extension: 'png' }));
  writeFileSync(join(dir, 'background.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
}, 120_000);

const imported = (file: string, lang = 'zh'): { warnings: string[]; yaml: string } => {
  const out = `${file}.yaml`;
  const r = runCli(['import', file, '--id', 'yanjin', '--region', '延津县', '-o', out, '--force', '--lang', lang], dir);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { warnings: r.stdout.split('\n').filter((l) => /^(警告|Warning)：?/.test(l)), yaml: readFileSync(join(dir, out), 'utf8') };
};

describe('import says what it did with text refused as hidden (attack 75)', () => {
  it('a Word paragraph indented out of its cell: imported as it stands, and the warning says so', () => {
    const { warnings, yaml } = imported('indent.docx');
    const line = warnings.find((w) => /（招生范围）/.test(w));
    expect(line).toMatch(/段落缩进把文字推出单元格的文字.*“政府网站 政务新媒体.*”，已照原样导入/);
    expect(line).not.toMatch(/未导入/);
    // Imported as it stands: the channel is the baseline's, so no channel line is written for 招生范围.
    expect(yaml).not.toMatch(/招生范围[\s\S]{0,200}channel:/);
  });
  it('an Excel sheet background picture: every row imported as it stands (English too)', () => {
    const zh = imported('background.xlsx');
    expect(zh.warnings.length).toBeGreaterThan(10);
    expect(zh.warnings.every((w) => /工作表背景图片上的文字.*已照原样导入/.test(w))).toBe(true);
    const en = imported('background.xlsx', 'en');
    expect(en.warnings.some((w) => /text over a sheet background picture .*imported as it stands/.test(w))).toBe(true);
  });
  it('a vanished run is still not imported, and says 未导入 (control)', () => {
    const { warnings, yaml } = imported('vanish.docx');
    expect(warnings.find((w) => /（招生范围）/.test(w))).toMatch(/设为隐藏的文字“政务新媒体”，未导入/);
    expect(yaml).toMatch(/channel:\s*\n\s*- 政府网站\s*\n(?!\s*- 政务新媒体)/);
  });
});
