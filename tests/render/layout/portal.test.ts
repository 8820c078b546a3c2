import { describe, expect, it } from 'vitest';
import { layoutPortal, layoutTable } from '../../../src/render/layout/index.js';
import { snapshotJson } from './documents.js';
import { EXAMPLES, layoutInput } from './fixtures.js';

describe.each(Object.keys(EXAMPLES))('layoutPortal(%s)', (name) => {
  const input = layoutInput(EXAMPLES[name] ?? '');
  const page = layoutPortal(input);

  it('matches the snapshot', async () => {
    await expect(snapshotJson(page, name)).toMatchFileSnapshot(`__snapshots__/${name}.portal.json`);
  });

  it('carries the title, issuer, date, number and the same table as the 附件', () => {
    expect(page.title).toBe(input.catalogue.title);
    expect(page.issuer).toBe(input.catalogue.issuer);
    expect(page.date).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(page.documentNumber).toBe(input.catalogue.document.number);
    expect(page.table).toEqual(layoutTable(input.catalogue, input.baseline));
    expect(page.info.title).toBe(input.catalogue.title);
    expect(JSON.stringify(page)).not.toMatch(/undefined|null/);
  });
});

it('leaves documentNumber out when the catalogue has none', () => {
  expect('documentNumber' in layoutPortal(layoutInput(EXAMPLES.bare ?? ''))).toBe(false);
});

it('carries 索引号 and 发布日期 when given, and links the notice PDF', () => {
  const input = layoutInput(EXAMPLES.weihui ?? '');
  const withMeta = {
    ...input,
    catalogue: { ...input.catalogue, document: { ...input.catalogue.document, indexNumber: '114107810050/2020-00045', publishDate: '2020-10-28' } },
  };
  const page = layoutPortal(withMeta);
  expect(page.indexNumber).toBe('114107810050/2020-00045');
  expect(page.publishDate).toEqual({ text: '2020年10月28日', iso: '2020-10-28' });
  expect(page.noticeFile).toBe('weihui.notice.pdf');
  expect('indexNumber' in layoutPortal(input)).toBe(false);
});
