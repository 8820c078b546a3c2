/** The 备案报告's 版头, the windows font profile, and every example catalogue rendered. */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { elements, itemNames, officialDocument, part, runsWithText, tableRows, textOf } from './fixture.js';

const WEIHUI = 'catalogues/weihui.yaml';

describe('备案报告 and profiles', () => {
  it('puts the 发文字号 left and 签发人 right on one line', async () => {
    const filing = officialDocument(WEIHUI, 'filing');
    const out = part(await renderDocx(filing, { profile: 'gbt9704', sourceSha256: filing.info.sourceSha256 }), 'word/document.xml');
    const line = elements(out, 'w:p').find((p) => textOf(p).startsWith('卫教〔2020〕46号')) ?? '';
    expect(textOf(line)).toBe('卫教〔2020〕46号\t签发人：王建军');
    expect(line).toContain('<w:tab w:val="right" w:pos="8525"/>');
    expect(runsWithText(line, '王建军')[0]).toContain('w:eastAsia="楷体_GB2312"');
    expect(line).toContain('w:color="FF0000"');
  });

  it('switches the East Asian font names with the windows profile', async () => {
    const notice = officialDocument(WEIHUI, 'notice');
    const out = part(await renderDocx(notice, { profile: 'windows', sourceSha256: notice.info.sourceSha256 }), 'word/document.xml');
    expect(out).not.toMatch(/_GB2312|方正小标宋简体/);
    expect(runsWithText(out, '卫辉市教育局文件')[0]).toContain('w:eastAsia="宋体"');
    expect(runsWithText(out, '载体')[0]).toContain('w:eastAsia="黑体"');
    expect(out).toContain('w:eastAsia="仿宋"');
  });
});

const EXAMPLES = [
  'catalogues/xinxiang/2020.yaml',
  'catalogues/weihui.yaml',
  'catalogues/huixian.yaml',
  'catalogues/fengqiu.yaml',
  'catalogues/yuanyang.yaml',
  'catalogues/schools/weihui-shiyan.yaml',
];

describe.each(EXAMPLES)('%s', (file) => {
  it.each(['notice', 'filing'] as const)('renders the %s with every item and a 版记 section only when there is one', async (kind) => {
    const doc = officialDocument(file, kind);
    const xml = part(await renderDocx(doc, { profile: 'gbt9704', sourceSha256: doc.info.sourceSha256 }), 'word/document.xml');
    expect(elements(xml, 'w:sectPr')).toHaveLength(doc.colophon ? 3 : 2);
    const item = doc.attachment.table.columns.findIndex((c) => c.key === 'item');
    expect(
      tableRows(xml)
        .slice(2)
        .map((r) => r.cells[item]?.text),
    ).toEqual(itemNames(doc));
    expect(textOf(xml)).toContain(doc.attachment.title);
  });
});
