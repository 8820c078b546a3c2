/** `catalog import` and `catalog verify` of hand-made tables as a user runs them: the real CLI in a fresh folder. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { fixtures } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'catalog-import-'));
for (const f of ['word-continued.docx', 'lo-calc.xlsx', 'no-table.docx', 'unknown-columns.xlsx', 'old-binary.doc']) {
  if (existsSync(join(fixtures, f))) copyFileSync(join(fixtures, f), join(dir, f));
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('catalog import', () => {
  it('prints the mapping, writes the overlay with row comments, checks it, and refuses to overwrite it', () => {
    const r = runCli(['import', 'word-continued.docx', '-o', 'catalogues/yanjin.yaml'], dir);
    expect(r.stdout).toMatch(/对照结果：34 行事项，对应上级目录 33 项，新增 1 项，表中缺少 1 项/);
    expect(r.stdout).toMatch(/第1-17行 {2}课后服务实施方案 {2}→ {2}（新增）/);
    expect(r.stdout).toMatch(/第2-5行 {2}学生评优评先办法 {2}→ {2}students\.awards（学生评优奖励办法）/);
    expect(r.stdout).toMatch(/表中没有的上级事项（写入 remove:）：teachers\.mandarin（普通话培训测试）/);
    expect(r.stdout).toMatch(/已写入 catalogues\/yanjin\.yaml（一级事项 10 个，二级事项 34 个）/);
    expect(r.stdout).toMatch(/removed-item/);
    expect(r.status).toBe(1);
    const text = readFileSync(join(dir, 'catalogues', 'yanjin.yaml'), 'utf8');
    expect(text).toMatch(/^# 由 catalog import 从“word-continued\.docx”导入\n/);
    expect(text).toMatch(/# 原表表2第5行：学生评优评先办法\n\s+- id: students\.awards\n\s+name: 学生评优评先办法\n/);
    const again = runCli(['import', 'word-continued.docx', '-o', 'catalogues/yanjin.yaml'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/已存在。加 --force 覆盖/);
    expect(runCli(['import', 'word-continued.docx', '-o', 'catalogues/yanjin.yaml', '--force'], dir).status).toBe(1);
  });

  it('settles a row with --map and names the catalogue after -o', () => {
    const r = runCli(['import', 'word-continued.docx', '--dry-run', '--map', '1-17=enrollment.plan', '--map', '1-14=new', '--lang', 'en'], dir);
    expect(r.stdout).toMatch(/row 1-17 {2}课后服务实施方案 {2}→ {2}enrollment\.plan/);
    expect(r.stdout).toMatch(/row 1-14 {2}招生计划 {2}→ {2}\(added\)/);
    expect(r.stdout).toMatch(/\(--dry-run: nothing written\)/);
    expect(existsSync(join(dir, 'catalogues', 'word-continued.yaml'))).toBe(false);
  });

  it.each([
    [['import', 'no-table.docx'], /“no-table\.docx”中没有找到表格/],
    [['import', 'unknown-columns.xlsx'], /工作表“Sheet1”的列无法识别：表头是“编号｜项目｜金额｜经办人”/],
    [['import', 'old-binary.doc'], /旧的 Word 97-2003 \(\.doc\) 二进制格式.*另存为.*Word 文档 \(\*\.docx\)/],
    [['import', 'nowhere.docx'], /找不到文件“nowhere\.docx”/],
    [['import', 'word-continued.docx', '--map', '99=new', '--dry-run'], /表格中没有第 99 行的事项/],
    [['import', 'word-continued.docx', '--map', 'x', '--dry-run'], /--map 应写成 行号=事项编号/],
    [['import', 'word-continued.docx', '--map', '1-3=nothing.here', '--dry-run'], /上级目录中没有事项“nothing\.here”/],
    [['import', 'word-continued.docx', '--id', 'Bad_Id'], /目录标识“Bad_Id”不合规/],
    [['import', 'no-table.docx', '--lang', 'en'], /No table found in "no-table\.docx"/],
    [['import', 'unknown-columns.xlsx', '--lang', 'en'], /The columns of sheet "Sheet1" in "unknown-columns\.xlsx" cannot be identified/],
  ])('%j exits 2 with a one-line reason', (args, message) => {
    const r = runCli(args, dir);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.status).toBe(2);
  });
});

interface Filing {
  file: string;
  integrity?: string;
  status?: string;
  diagnostics: { rule: string; severity: string; line: number; message: string; file: string }[];
}

describe('catalog verify: hand-made filings', () => {
  it('imports .docx and .xlsx against the bureau baseline, reports 手工制作 and names the table row', () => {
    const r = runCli(['verify', 'word-continued.docx', 'lo-calc.xlsx', 'old-binary.doc', '--format', 'json'], dir);
    const files = (JSON.parse(r.stdout) as { files: Filing[] }).files;
    const docx = files.find((f) => f.file === 'word-continued.docx');
    expect(docx?.integrity).toBe('handmade');
    expect(docx?.status).toBe('error');
    const renamed = docx?.diagnostics.find((d) => d.rule === 'renamed-item');
    expect(renamed).toMatchObject({ file: 'word-continued.docx', line: 5 });
    expect(renamed?.message).toMatch(/^表2第5行（学生评优评先办法）：/);
    expect(docx?.diagnostics.find((d) => d.rule === 'removed-item')).toMatchObject({ line: 1, severity: 'error' });
    const xlsx = files.find((f) => f.file === 'lo-calc.xlsx');
    expect(xlsx?.integrity).toBe('handmade');
    expect(xlsx?.diagnostics.find((d) => d.rule === 'renamed-item')?.message).toMatch(/^第\d+行（学生评优评先办法）：/);
    const doc = files.find((f) => f.file === 'old-binary.doc');
    // An old binary file is listed as 未核验 with the way to save it as .docx, like any file verify cannot read.
    expect(doc?.integrity).toBe('skipped');
    expect(doc?.diagnostics[0]).toMatchObject({ rule: 'unverified-file', severity: 'warning' });
    expect(doc?.diagnostics[0]?.message).toMatch(/另存为/);
    expect(r.status).toBe(1);
  });

  it('lists hand-made filings in the summary table as 手工制作', () => {
    const r = runCli(['verify', 'word-continued.docx', '--report', 'summary.md'], dir);
    expect(r.status).toBe(1);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(/手工制作/);
  });
});
