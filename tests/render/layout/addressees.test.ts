import { describe, expect, it } from 'vitest';
import type { Block, LayoutInput, OfficialDocument } from '../../../src/model/index.js';
import { layoutFiling, layoutNotice } from '../../../src/render/layout/index.js';
import { EXAMPLES, layoutInput } from './fixtures.js';

const mainOf = (doc: OfficialDocument): string[] => {
  const block = doc.body.find((b): b is Extract<Block, { kind: 'recipients' }> => b.kind === 'recipients');
  return (block?.text ?? '').replace(/：$/u, '').split('、');
};
const copiedOf = (doc: OfficialDocument): string[] =>
  (doc.colophon?.copyTo ?? '')
    .replace(/^抄送：/u, '')
    .replace(/。$/u, '')
    .split('，')
    .filter((s) => s !== '');
const withDocument = (input: LayoutInput, document: object): LayoutInput => ({
  ...input,
  catalogue: { ...input.catalogue, document: { ...input.catalogue.document, ...document } },
});

describe('抄送 never holds the 主送机关 (条例 第九条)', () => {
  it.each(Object.keys(EXAMPLES))('%s: the filing copies neither its 主送 nor its issuer', (name) => {
    const input = layoutInput(EXAMPLES[name] ?? '');
    for (const doc of [layoutFiling(input), layoutNotice(input)]) {
      const copied = copiedOf(doc);
      for (const main of mainOf(doc)) expect(copied).not.toContain(main);
      expect(copied).not.toContain(input.catalogue.issuer);
    }
  });

  it('weihui: the filing to 新乡市教育局 copies only the 人民政府办公室; the notice copies both', () => {
    const input = layoutInput(EXAMPLES.weihui ?? '');
    expect(mainOf(layoutFiling(input))).toEqual(['新乡市教育局']);
    expect(layoutFiling(input).colophon?.copyTo).toBe('抄送：卫辉市人民政府办公室。');
    expect(layoutNotice(input).colophon?.copyTo).toBe('抄送：新乡市教育局，卫辉市人民政府办公室。');
  });

  it('the filing has its own list (filingCopyTo), still without its 主送; a duplicate is listed once', () => {
    const input = withDocument(layoutInput(EXAMPLES.weihui ?? ''), { filingCopyTo: ['新乡市 教育局', '卫辉市人民政府', '卫辉市人民政府'] });
    expect(layoutFiling(input).colophon?.copyTo).toBe('抄送：卫辉市人民政府。');
  });

  it('a filing whose only copy is its 主送 has no 抄送 (and so no 版记)', () => {
    expect(layoutFiling(layoutInput(EXAMPLES['weihui-shiyan'] ?? '')).colophon).toBeUndefined();
  });

  it('the notice never copies a body it is addressed to', () => {
    const input = withDocument(layoutInput(EXAMPLES.fengqiu ?? ''), { recipients: ['县直各学校', '新乡市教育局'] });
    expect(copiedOf(layoutNotice(input))).toEqual(['封丘县人民政府办公室']);
  });

  it("a county notice without 主送 names the schools and the bureau's own 股室", () => {
    const input = withDocument(layoutInput(EXAMPLES.bare ?? ''), { recipients: undefined });
    expect(mainOf(layoutNotice(input))).toContain('局机关各股室');
  });
});

describe('the optional deadline sentence', () => {
  const text = (doc: OfficialDocument): string => doc.body.flatMap((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text) : [])).join('');
  it('appears only when document.deadline is given', () => {
    const input = layoutInput(EXAMPLES.weihui ?? '');
    expect(text(layoutNotice(input))).not.toContain('请于');
    expect(text(layoutNotice(withDocument(input, { deadline: '2020年11月30日前' })))).toContain('请于2020年11月30日前完成');
  });
});
