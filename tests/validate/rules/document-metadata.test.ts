/** document-metadata: a malformed 文号 or a blank 文号/签发人 is one warning each, with the corrected number; build names missing ones. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocumentNumber } from '../../../src/validate/document-number.js';
import { checkFixture, only, where } from '../../helpers/check.js';
import { runCli } from '../../helpers/cli.js';

const rule = 'document-metadata';

describe('checkDocumentNumber', () => {
  it.each([
    ['卫教〔2020〕45号', { kind: 'ok' }],
    ['卫教[2020]45号', { kind: 'brackets', fix: '卫教〔2020〕45号' }],
    ['卫教【2020】45号', { kind: 'brackets', fix: '卫教〔2020〕45号' }],
    ['卫教（2020）45号', { kind: 'brackets', fix: '卫教〔2020〕45号' }],
    ['卫教 [ 2020 ] 45 号', { kind: 'brackets', fix: '卫教〔2020〕45号' }],
    ['卫教〔2020〕第45号', { kind: 'ordinal', fix: '卫教〔2020〕45号' }],
    ['卫教〔2020〕045号', { kind: 'ordinal', fix: '卫教〔2020〕45号' }],
    ['卫教〔2020〕45', { kind: 'suffix', fix: '卫教〔2020〕45号' }],
    ['卫教〔20〕45号', { kind: 'year' }],
    ['卫教〔20200〕45号', { kind: 'year' }],
    ['卫教2020年45号', { kind: 'shape' }],
    ['  ', { kind: 'blank' }],
  ])('%j → %j', (value, expected) => {
    expect(checkDocumentNumber(value)).toEqual(expected);
  });
});

describe(rule, () => {
  it('warns once per slip, at the value, with the fix', () => {
    const found = only(checkFixture('rules/document-metadata/slips.yaml'), rule);
    expect(where(found)).toEqual([
      { rule, severity: 'warning', line: 8, column: 11, target: 'document#number' },
      { rule, severity: 'warning', line: 9, column: 17, target: 'document#filingNumber' },
      { rule, severity: 'warning', line: 10, column: 11, target: 'document#signer' },
    ]);
    expect(found.map((d) => d.message)).toEqual([
      '印发通知的发文字号中的年份应当用六角括号〔〕：示教〔2020〕45号',
      '备案报告的发文字号“示教〔20〕46号”中的年份应当写全四位，如 卫教〔2020〕45号',
      '签发人是空的：备案报告（上行文）要在版头写明签发人姓名，如 signer: 张三',
    ]);
    const en = only(checkFixture('rules/document-metadata/slips.yaml', { lang: 'en' }), rule);
    expect(en[0]?.message).toBe("The year in the notice's document number takes the hexagonal brackets 〔〕: 示教〔2020〕45号");
  });

  it('is quiet for well-formed metadata and for metadata left out (build names what is missing)', () => {
    expect(only(checkFixture('rules/document-metadata/right.yaml'), rule)).toEqual([]);
    expect(only(checkFixture('../../catalogues/weihui.yaml'), rule)).toEqual([]);
  });
});

describe('build names missing 公文 fields once each', () => {
  const work = mkdtempSync(join(tmpdir(), 'catalog-docmeta-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('one stderr line per missing field, with the fix; the documents are still written (exit 0)', () => {
    writeFileSync(
      join(work, 'demo.yaml'),
      'id: demo\nkind: county\nregion: 示例县\ntitle: 示例县义务教育领域基层政务公开标准目录\nissuer: 示例县教育局\nextends: xinxiang@2020\n',
    );
    const r = runCli(['build', 'demo.yaml', '--only', 'docx', '-o', 'out'], work, { SOURCE_DATE_EPOCH: '' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      [
        'demo.yaml：没有写印发通知的发文字号（document.number），版头的文号留空；请在 document 下写 number: 卫教〔2020〕45号',
        'demo.yaml：没有写备案报告的发文字号（document.filingNumber），版头的文号留空；请在 document 下写 filingNumber: 卫教〔2020〕46号',
        'demo.yaml：没有写签发人（document.signer），备案报告是上行文，版头应当写明签发人；请在 document 下写 signer: 张三',
        'demo.yaml：没有写成文日期（document.date），公文中的日期留空，签发时手写；要印出日期，请在 document 下写 date: 2020-10-28',
        'demo.yaml：本目录有 17 个二级事项沿用市级基准目录中推定的内容（非新乡市指引原文），见 README「基准目录的来源」',
        '',
      ].join('\n'),
    );
  });

  it('a malformed 文号 is shown as a check finding by build, not repeated', () => {
    writeFileSync(
      join(work, 'slip.yaml'),
      'id: slip\nkind: county\nregion: 示例县\ntitle: 示例县义务教育领域基层政务公开标准目录\nissuer: 示例县教育局\nextends: xinxiang@2020\ndocument:\n  number: 示教【2020】45号\n  filingNumber: 示教〔2020〕46号\n  signer: 张三\n  date: 2020-10-28\n',
    );
    const r = runCli(['build', 'slip.yaml', '--only', 'docx', '-o', 'out'], work);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.includes('六角括号'))).toEqual([
      '  8:11  警告  印发通知的发文字号中的年份应当用六角括号〔〕：示教〔2020〕45号  document-metadata',
    ]);
    // Only the line on the baseline's inferred rows, no metadata note.
    expect(r.stderr).toBe('slip.yaml：本目录有 17 个二级事项沿用市级基准目录中推定的内容（非新乡市指引原文），见 README「基准目录的来源」\n');
  });
});
