import { asPublished } from '../../src/render/layout/publisher.js';
/** Tables made by several producers (LibreOffice, the docx package like Word, exceljs, CSV, a web page) import to what they say. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOverlay, expectedCounty, fixtures, importFixture, withoutIds } from './helpers.js';

const FILES = ['lo-writer.docx', 'lo-calc.xlsx', 'word-continued.docx', 'excel-sheets.xlsx', 'excel-export.csv', 'portal-table.html'];

describe.each(FILES)('import %s', (name) => {
  it.skipIf(!existsSync(join(fixtures, name)))('resolves to exactly the county table, with one removal and one addition', async () => {
    const { overlay, matches } = await importFixture(name);
    expect(matches).toHaveLength(34);
    expect(overlay.removed.map((r) => r.id)).toEqual(['teachers.mandarin']);
    expect(matches.filter((m) => !m.item).map((m) => m.row.name)).toEqual(['课后服务实施方案']);
    expect(matches.find((m) => m.row.name === '学生评优评先办法')?.item?.id).toBe('students.awards');
    const checked = checkOverlay(overlay.text);
    // A CSV has no title above the table: the region then comes from --region.
    if (!name.endsWith('.csv')) {
      expect(checked.resolved?.region).toBe('延津县');
      expect(checked.resolved?.title).toMatch(/^延津县义务教育领域基层政务公开标准目录(（2020年版）)?$/);
    }
    // The table prints the county's bureau where the baseline has the generic subject: compare what the documents print.
    expect(withoutIds(asPublished(checked.resolved!))).toEqual(expectedCounty());
    expect(checked.result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['removed-item']);
  });

  it.skipIf(!existsSync(join(fixtures, name)))('comments each written item with its row in the original table', async () => {
    const { overlay } = await importFixture(name);
    expect(overlay.text).toMatch(/# 原表(表\d+|工作表“[^”]+”)?第\d+行：招生计划\n\s+- id: enrollment\.plan/);
    expect(overlay.text).toMatch(/- teachers\.mandarin # 原表中没有此事项（普通话培训测试）/);
    // 延津县教育局 where the baseline says 县级教育行政部门 is what the county's documents print anyway: not written.
    // (A CSV names no county: its rows keep the bureau they name.)
    if (!name.endsWith('.csv')) expect(overlay.text).not.toMatch(/- id: policy\.law\n/);
  });
});
