import { describe, expect, it } from 'vitest';
import { layoutNotice } from '../../../src/render/layout/index.js';
import { block, paragraphs, snapshotJson } from './documents.js';
import { EXAMPLES, layoutInput } from './fixtures.js';

describe.each(Object.keys(EXAMPLES))('layoutNotice(%s)', (name) => {
  const input = layoutInput(EXAMPLES[name] ?? '');
  const doc = layoutNotice(input);
  const text = paragraphs(doc).join('\n');

  it('matches the snapshot', async () => {
    await expect(snapshotJson(doc, name)).toMatchFileSnapshot(`__snapshots__/${name}.notice.json`);
  });

  it('never prints "undefined" or "null"', () => {
    expect(JSON.stringify(doc)).not.toMatch(/undefined|null/);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(layoutNotice(layoutInput(EXAMPLES[name] ?? '')))).toBe(JSON.stringify(doc));
  });

  it('has the 版头, title, recipients, text, 附件说明 and 落款 in order', () => {
    const kinds = doc.body.map((b) => b.kind).filter((k, i, all) => k !== all[i - 1]);
    expect(kinds.slice(0, 7)).toEqual(['masthead', 'docNumber', 'redLine', 'title', 'recipients', 'paragraph', 'attachmentNote']);
    expect(kinds[7]).toBe('signature');
    expect(block(doc, 'masthead')?.text).toBe(`${input.catalogue.issuer}文件`);
    expect(block(doc, 'docNumber')?.align).toBe('center');
    expect(block(doc, 'title')?.text).toBe(`${input.catalogue.issuer}关于印发《${input.catalogue.title}》的通知`);
    expect(block(doc, 'title')?.lines.join('')).toBe(block(doc, 'title')?.text);
    expect(block(doc, 'recipients')?.text).toMatch(/：$/);
    expect(block(doc, 'attachmentNote')).toEqual({ kind: 'attachmentNote', label: '附件', items: [input.catalogue.title] });
    expect(doc.attachment.title).toBe(input.catalogue.title);
  });

  it('says what the catalogue holds and asks the units to carry it out', () => {
    const items = input.catalogue.categories.flatMap((c) => c.items);
    expect(text).toContain(`一级事项${input.catalogue.categories.length}个、二级事项${items.length}个`);
    expect(text).toContain('教办〔2020〕174号');
    expect(text).toContain('请认真贯彻落实');
    // Citations from the top down: 教育部 指引 → 省 意见 (with its 文号) → 市 指引.
    expect(text.indexOf('教育部《义务教育领域基层政务公开标准指引》')).toBeLessThan(text.indexOf('教办〔2020〕174号'));
    if (input.baseline?.kind === 'municipal')
      expect(text.indexOf('教办〔2020〕174号')).toBeLessThan(text.indexOf('《新乡市义务教育领域基层政务公开标准指引》'));
    expect(text).not.toContain('年版）');
    const region = input.catalogue.region;
    if (input.catalogue.kind === 'county') expect(text).toContain(`结合我${region.at(-1)}实际`);
    if (input.catalogue.kind === 'county') expect(text).toContain(`${region}人民政府门户网站`);
    if (input.baseline?.kind === 'municipal') expect(text).toContain(`《${input.baseline.title.replace(/目录$/, '指引')}》`);
    for (const id of input.addedItemIds) expect(text).toContain(items.find((i) => i.id === id)?.name);
    // Deviations are explained to the 市教育局 in the filing, not to the schools in the notice.
    for (const d of input.catalogue.deviations) expect(text).not.toContain(d.reason.replace(/。$/, ''));
  });

  it('sets 一级层次 headings in 黑体, only up to the first 。', () => {
    const headings = doc.body.flatMap((b) => (b.kind === 'paragraph' && b.runs[0]?.role === 'hei' ? [b.runs] : []));
    expect(headings.map((runs) => runs[0]?.text)).toEqual(['一、《目录》的主要内容。', '二、工作要求。']);
    headings.forEach((runs) => expect(runs[1]?.role).toBe('fang'));
  });

  it('has a 版记 with the print date', () => {
    expect(doc.colophon?.printDate).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日印发$/);
    expect(doc.colophon?.printedBy).toBe(input.catalogue.document.printedBy ?? `${input.catalogue.issuer}办公室`);
  });
});

describe('layoutNotice with the document metadata given', () => {
  const doc = layoutNotice(layoutInput(EXAMPLES.weihui ?? ''));

  it('uses the 发文字号, recipients, contact and 抄送 from document:', () => {
    expect(block(doc, 'docNumber')).toEqual({ kind: 'docNumber', align: 'center', number: '卫教〔2020〕45号' });
    expect(block(doc, 'recipients')?.text).toBe('各乡镇（街道）中心学校、市直各学校、各民办学校：');
    expect(block(doc, 'signature')).toEqual({ kind: 'signature', issuer: '卫辉市教育局', date: '2020年10月26日' });
    expect(block(doc, 'annotation')?.text).toBe('（联系人：李晓燕，联系电话：0373-4412306）');
    expect(doc.colophon).toEqual({ copyTo: '抄送：新乡市教育局，卫辉市人民政府办公室。', printedBy: '卫辉市教育局办公室', printDate: '2020年10月26日印发' });
  });

  it('fills DocumentInfo', () => {
    expect(doc.info).toMatchObject({
      title: '卫辉市教育局关于印发《卫辉市义务教育领域基层政务公开标准目录》的通知',
      author: '卫辉市教育局',
      subject: '义务教育领域基层政务公开标准目录',
      keywords: ['weihui', 'county', 'xinxiang@2020'],
      date: '2020-10-26',
    });
    expect(doc.info.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('layoutNotice without document metadata', () => {
  const doc = layoutNotice(layoutInput(EXAMPLES.bare ?? '', '2021-03-09'));

  it('leaves the 发文字号 line empty, and drops 附注 and 抄送', () => {
    expect(block(doc, 'docNumber')).toEqual({ kind: 'docNumber', align: 'center' });
    expect(block(doc, 'annotation')).toBeUndefined();
    expect(doc.colophon).toEqual({ printedBy: '某某县教育局办公室', printDate: '2021年3月9日印发' });
  });

  it('addresses the usual recipients and dates the document with the date it is given', () => {
    expect(block(doc, 'recipients')?.text).toBe('各乡镇（街道）中心学校、局机关各股室、各有关学校：');
    expect(block(doc, 'signature')?.date).toBe('2021年3月9日');
    expect(doc.info.date).toBe('2021-03-09');
  });
});
