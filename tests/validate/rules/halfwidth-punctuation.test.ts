/** halfwidth-punctuation: half-width brackets, straight quotes and ASCII ,:;?! in Chinese text, at the slip itself. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/check/check.js';
import { fsHost } from '../../../src/app/host.js';
import { findPunctuationSlips } from '../../../src/validate/punctuation.js';
import { scalarUnits } from '../../../src/validate/scalar-units.js';
import { checkFixture, fixturesDir, only, repoRoot, where } from '../../helpers/check.js';

const rule = 'halfwidth-punctuation';
const dir = 'rules/halfwidth-punctuation';

/** The slips in one YAML scalar as written (quotes and escapes included). */
function slipsIn(source: string): { id: string; fixed: string; sure: boolean }[] {
  return findPunctuationSlips(scalarUnits(source, 0, source.length)).map((s) => ({ id: s.messageId, fixed: s.fixed, sure: s.edits.length > 0 }));
}

describe(rule, () => {
  it('reports each slip at its own line and column, as a warning', () => {
    const found = only(checkFixture(`${dir}/slips.yaml`), rule);
    const at = (line: number, column: number) => ({ rule, severity: 'warning', line, column });
    expect(where(found)).toEqual([
      at(13, 17),
      at(14, 17),
      at(16, 22),
      at(16, 29),
      at(16, 34),
      at(22, 24),
      at(22, 37),
      at(23, 37),
      at(23, 40),
      at(31, 22),
      at(32, 15),
    ]);
    expect(found[0]?.message).toBe('中文里的括号应当用全角“（）”：招生结果(不含个人隐私信息) 应为 招生结果（不含个人隐私信息）（可用 catalog fix 修正）');
    expect(found[8]?.message).toContain('发文字号的年份应当用六角括号“〔〕”');
    const en = only(checkFixture(`${dir}/slips.yaml`, { lang: 'en' }), rule);
    expect(en[1]?.message).toBe(
      'Quotes in Chinese text are the paired curly quotes “” ‘’: 义务教育"两免一补"政策 should be 义务教育“两免一补”政策 (catalog fix rewrites it)',
    );
  });

  it('is quiet for what is right or is not Chinese text: 文号 fields, 〔〕, URLs, times, Latin quotes, the channel vocabulary, 其他:说明', () => {
    expect(only(checkFixture(`${dir}/right.yaml`), rule)).toEqual([]);
  });

  it('reports only what the file writes, never the baseline text it inherits', () => {
    const abs = join(fixturesDir, dir, 'inherits.yaml');
    const checked = checkSource(abs, readFileSync(abs), fsHost(repoRoot), { lang: 'zh' });
    const inherited = checked.resolved?.categories.flatMap((c) => c.items).flatMap((i) => i.content) ?? [];
    expect(inherited).toContain('招生结果(不含个人隐私信息)');
    expect(only(checked.result.diagnostics, rule)).toEqual([]);
  });

  it('pairs quotes in order, mixed curly and straight too; a lone one is reported without a fix', () => {
    expect(slipsIn('义务教育"两免一补"和"三免"')).toEqual([
      { id: 'quote', fixed: '义务教育“两免一补”和"三免…', sure: true },
      { id: 'quote', fixed: '…一补"和“三免”', sure: true },
    ]);
    expect(slipsIn('义务教育“两免一补"政策')).toEqual([{ id: 'quote', fixed: '义务教育“两免一补”政策', sure: true }]);
    expect(slipsIn('义务教育"两免一补政策')).toEqual([{ id: 'unpairedQuote', fixed: '义务教育"两免一补…', sure: false }]);
    expect(slipsIn("it's 校长's office")).toEqual([]);
    expect(slipsIn("称为'ABC'模式")).toEqual([{ id: 'quote', fixed: '称为‘ABC’模式', sure: true }]);
  });

  it('reads quoted scalars as written: an escaped quote is one character, fixed in place', () => {
    const source = '"义务教育\\"两免一补\\"政策"';
    const [slip] = findPunctuationSlips(scalarUnits(source, 0, source.length));
    expect(slip?.edits).toEqual([
      { at: 5, length: 2, text: '“' },
      { at: 11, length: 2, text: '”' },
    ]);
    expect(slipsIn("'义务教育''两免一补''政策'")).toEqual([{ id: 'quote', fixed: '义务教育‘两免一补’政策', sure: true }]);
  });

  it('needs Chinese text around brackets and punctuation', () => {
    expect(slipsIn('(2020)')).toEqual([]);
    expect(slipsIn('ISO 9001 (2015) 标准')).toEqual([]);
    expect(slipsIn('《指引》(2019)')).toEqual([{ id: 'bracket', fixed: '《指引》（2019）', sure: true }]);
    expect(slipsIn('教基(2020)5号')).toEqual([{ id: 'docNumber', fixed: '教基〔2020〕5号', sure: true }]);
    expect(slipsIn('教基〔2020〕5号')).toEqual([]);
    expect(slipsIn('电话 0373-1234567, 9:00')).toEqual([]);
    expect(slipsIn('见 https://a.example/x?a=1,2(3) 通知')).toEqual([]);
    expect(slipsIn('是否公开?')).toEqual([{ id: 'punct', fixed: '是否公开？', sure: true }]);
  });
});
