/** Declarations read back from a report's text: the forms templates/filing.hbs prints, and what is not one. */
import { describe, expect, it } from 'vitest';
import { readDeclaration, readDeclarations, resolveDeclaration } from '../../src/import/declarations.js';
import { baseline } from './helpers.js';

const target = (text: string, rows: ReadonlyMap<string, string> = new Map()): string | undefined => {
  const d = readDeclaration(text);
  expect(d).toBeDefined();
  return d === undefined ? undefined : resolveDeclaration(d, baseline, rows).target;
};

describe('readDeclaration', () => {
  it('reads each form the report prints, with its reason and 依据', () => {
    expect(readDeclaration('（一）未列入二级事项“民办学校日常监督信息”。理由：本县无民办学校。依据：新教办〔2020〕215号。')).toMatchObject({
      action: 'omit',
      level: 'item',
      name: '民办学校日常监督信息',
      reason: '本县无民办学校',
      ref: '新教办〔2020〕215号',
    });
    expect(target('（二）调整二级事项“招生计划”的公开渠道和载体。理由：并入政务服务中心。')).toBe('enrollment.plan#channel');
    expect(target('（三）调整二级事项“招生计划”的公开要素。理由：甲。')).toBe('enrollment.plan');
    expect(target('（四）未列入一级事项“民办学校”。理由：本县无民办学校。')).toBe('private');
    // The bare form is printed only for an id that names nothing (red team 82: a known id there declares nothing).
    expect(target('（五）调整“enrollment.gone#timeLimit”。理由：甲。')).toBe('enrollment.gone#timeLimit');
    expect(target('（五）调整“enrollment.plan#timeLimit”。理由：甲。')).toBeUndefined();
  });

  it('takes other numbering, half-width colons and the guideline’s element words', () => {
    expect(target('1. 调整二级事项"招生计划"的公开渠道. 理由: 甲.')).toBe('enrollment.plan#channel');
    expect(target('二、调整二级事项“招生计划”的公开时限。理由：甲。')).toBe('enrollment.plan#timeLimit');
    expect(target('调整二级事项“招生计划”的公开依据。理由：甲；乙。依据：新教〔2020〕1号')).toBe('enrollment.plan#basis');
  });

  it('a heading line followed by its 理由 and 依据 paragraphs is one declaration', () => {
    const found = readDeclarations(['三、调整事项。', '（一）未列入二级事项“招生计划”。', '理由：甲。', '依据：新教〔2020〕1号。', '特此报告。']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: '招生计划', reason: '甲', ref: '新教〔2020〕1号' });
    expect(found[0]?.paragraphs).toEqual(['（一）未列入二级事项“招生计划”。', '理由：甲。', '依据：新教〔2020〕1号。']);
    // A 依据 paragraph with more after it is not part of the declaration (and is read as any other text).
    const tacked = readDeclarations(['（一）未列入二级事项“招生计划”。', '理由：甲。', '依据：新教〔2020〕1号。另，暂不公开。']);
    expect(tacked[0]?.paragraphs).toEqual(['（一）未列入二级事项“招生计划”。', '理由：甲。']);
    // A 理由 paragraph after a line that is no declaration heading declares nothing.
    expect(readDeclarations(['我局研究了以下事项。', '理由：甲。'])).toEqual([]);
  });

  it('a name may hold quotes of its own', () => {
    expect(readDeclaration('（一）调整二级事项““双减”工作情况”的公开时限。理由：甲。')).toMatchObject({ name: '“双减”工作情况', field: 'timeLimit' });
    expect(readDeclaration('（一）未列入二级事项““双减”工作情况”。理由：甲。')?.name).toBe('“双减”工作情况');
  });

  it('names a changed item by the name its table row shows', () => {
    expect(target('（一）调整二级事项“年度招生计划”的公开渠道和载体。理由：甲。', new Map([['enrollment.plan', '年度招生计划']]))).toBe(
      'enrollment.plan#channel',
    );
  });

  it('a reason with more sentences is one reason; anything after 依据 makes the paragraph no declaration', () => {
    expect(readDeclaration('（一）未列入二级事项“招生计划”。理由：甲。乙。')?.reason).toBe('甲。乙');
    expect(readDeclaration('（一）未列入二级事项“招生计划”。理由：甲。依据：新教〔2020〕1号。另，招生计划暂不公开。')).toBeUndefined();
  });

  it('a blank reason is read as blank (the schema refuses it, as in YAML)', () => {
    expect(readDeclaration('（一）未列入二级事项“招生计划”。理由：。依据：新教〔2020〕1号。')).toMatchObject({ reason: '', ref: '新教〔2020〕1号' });
  });

  it('is no declaration without 理由, or as a sentence inside other text', () => {
    expect(readDeclaration('（一）未列入二级事项“招生计划”。')).toBeUndefined();
    expect(readDeclaration('我局经研究，未列入二级事项“招生计划”。理由：甲。')).toBeUndefined();
    expect(readDeclaration('三、调整事项。按照“原则上只增不减”的要求，《目录》对市级目录有以下2处调整：')).toBeUndefined();
  });

  it('an unknown name, element or id gives no target', () => {
    expect(target('（一）未列入二级事项“没有这个事项”。理由：甲。')).toBeUndefined();
    expect(target('（一）调整二级事项“招生计划”的公开范围。理由：甲。')).toBeUndefined();
    expect(target('（一）调整“招生 计划”。理由：甲。')).toBeUndefined();
  });

  it('a long paragraph of spaces or 依据 is read at once (the first pattern backtracked for minutes on 50 000 spaces)', () => {
    const spaces = ' '.repeat(50_000);
    expect(readDeclaration(`（一）未列入二级事项“招生计划”。理由：甲。依据：${spaces}乙。丙`)).toBeUndefined();
    expect(readDeclaration(`（一）调整二级事项“招生计划”的${spaces}。理由：${'依据：'.repeat(20_000)}`)?.reason).toBe('');
    expect(readDeclaration(`（一）未列入二级事项“招生计划”。理由：甲${spaces}乙。`)?.reason).toBe('甲 乙');
    // Every closing quote a candidate: only the first 80 characters are tried as the name.
    expect(readDeclaration(`（一）调整二级事项“${'”的'.repeat(30_000)}`)).toBeUndefined();
    expect(readDeclaration(`（一）调整二级事项“${'”。理由：x'.repeat(30_000)}依据：a。b`)).toBeUndefined();
  }, 5_000);
});
