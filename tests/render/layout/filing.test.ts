import { describe, expect, it } from 'vitest';
import { layoutFiling } from '../../../src/render/layout/index.js';
import { block, paragraphs, snapshotJson } from './documents.js';
import { EXAMPLES, layoutInput } from './fixtures.js';

describe.each(Object.keys(EXAMPLES))('layoutFiling(%s)', (name) => {
  const input = layoutInput(EXAMPLES[name] ?? '');
  const doc = layoutFiling(input);
  const paras = paragraphs(doc);
  const text = paras.join('\n');

  it('matches the snapshot', async () => {
    await expect(snapshotJson(doc, name)).toMatchFileSnapshot(`__snapshots__/${name}.filing.json`);
  });

  it('never prints "undefined" or "null"', () => {
    expect(JSON.stringify(doc)).not.toMatch(/undefined|null/);
  });

  it('is a 报告: it ends 特此报告 and asks for nothing', () => {
    expect(paras.at(-1)).toBe('特此报告。');
    expect(text).not.toMatch(/请示|批示|妥否|请予|请审批|请批准/);
  });

  it('is addressed to the body whose catalogue it extends, number left and 签发人 right', () => {
    expect(block(doc, 'recipients')?.text).toBe(`${input.baseline?.issuer ?? '河南省教育厅'}：`);
    expect(block(doc, 'docNumber')?.align).toBe('split');
    expect(block(doc, 'title')?.text).toBe(`${input.catalogue.issuer}关于报送《${input.catalogue.title}》备案的报告`);
  });

  it('reports the baseline, the counts per category, the added items and every deviation', () => {
    const cat = input.catalogue;
    const items = cat.categories.flatMap((c) => c.items);
    if (input.baseline) expect(text).toContain(`《${input.baseline.title}》为基础编制`);
    expect(text).not.toMatch(/年版）|无例外调整/);
    if (!cat.deviations.length && cat.kind === 'county') expect(text).toContain('均未作删减');
    expect(text).toContain(`一级事项${cat.categories.length}个、二级事项${items.length}个`);
    for (const c of cat.categories) expect(text).toContain(`“${c.name}”${c.items.length}个`);
    for (const id of input.addedItemIds) expect(text).toContain(items.find((i) => i.id === id)?.name);
    for (const d of cat.deviations) {
      expect(text).toContain(d.reason.replace(/。$/, ''));
      if (d.ref) expect(text).toContain(d.ref);
    }
    if (cat.document.number) expect(text).toContain(`以${cat.document.number}文件`);
    expect(text).toMatch(/人民政府门户网站义务教育领域基层政务公开专题|学校网站校务公开专栏/);
  });

  it('has a 版记 only when there is someone besides its 主送 to copy to', () => {
    const others = (input.catalogue.document.copyTo ?? []).filter((c) => c !== input.baseline?.issuer);
    expect(doc.colophon === undefined).toBe(others.length === 0);
  });
});

describe('layoutFiling details', () => {
  it('lists each deviation as a 楷体 （一） heading with reason and reference (fengqiu)', () => {
    const doc = layoutFiling(layoutInput(EXAMPLES.fengqiu ?? ''));
    const kai = doc.body.flatMap((b) => (b.kind === 'paragraph' && b.runs[0]?.role === 'kai' ? [b.runs.map((r) => r.text)] : []));
    expect(kai).toEqual([
      [
        '（一）未列入二级事项“民办学校日常监督信息”。',
        '理由：本县无民办义务教育学校，民办学校年检和行政处罚暂无信息可公开；今后审批设立民办义务教育学校时恢复本事项。依据：新教办〔2020〕215号。',
      ],
      [
        '（二）调整二级事项“教育事业发展主要情况”的公开渠道和载体。',
        '理由：县政府信息公开查阅点已并入县政务服务中心，教育事业发展主要情况改由政务服务中心提供查阅，不再另设公开查阅点。',
      ],
    ]);
  });

  it('puts 发文字号 and 签发人 on the 版头 line (weihui)', () => {
    const doc = layoutFiling(layoutInput(EXAMPLES.weihui ?? ''));
    expect(block(doc, 'docNumber')).toEqual({ kind: 'docNumber', align: 'split', number: '卫教〔2020〕46号', signer: '王建军' });
    expect(block(doc, 'recipients')?.text).toBe('新乡市教育局：');
  });

  it('files a school catalogue with the county bureau and names what it left out', () => {
    const doc = layoutFiling(layoutInput(EXAMPLES['weihui-shiyan'] ?? ''));
    expect(block(doc, 'recipients')?.text).toBe('卫辉市教育局：');
    expect(paragraphs(doc).join('')).toContain('一级事项“民办学校”，二级事项“教师资格认定”“特岗教师招聘”“义务教育均衡督导”');
  });

  it('without metadata: no number, no 签发人, no 附注, no 版记', () => {
    const doc = layoutFiling(layoutInput(EXAMPLES.bare ?? ''));
    expect(block(doc, 'docNumber')).toEqual({ kind: 'docNumber', align: 'split' });
    expect(block(doc, 'annotation')).toBeUndefined();
    expect(doc.colophon).toBeUndefined();
    expect(paragraphs(doc)[0]).toContain('已于2020年11月2日正式印发');
  });
});
