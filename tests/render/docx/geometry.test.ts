import { describe, expect, it } from 'vitest';
import { mastheadSize } from '../../../src/render/docx/body.js';
import { normalOffGrid } from '../../../src/render/docx/grid.js';
import {
  bodyCharSpacing,
  gridCharSpace,
  LANDSCAPE_TEXT_WIDTH,
  mmToTwips,
  PORTRAIT_MARGIN,
  PORTRAIT_TEXT_HEIGHT,
  PORTRAIT_TEXT_WIDTH,
  textWidthInChars,
} from '../../../src/render/docx/geometry.js';
import { fixCoreDates } from '../../../src/render/docx/package.js';
import { issuerRightChars } from '../../../src/render/docx/signature.js';
import { columnTwips } from '../../../src/render/docx/table.js';

describe('page geometry', () => {
  it('rounds millimetres to twips rather than flooring them', () => {
    expect(mmToTwips(37)).toBe(2098);
    expect(mmToTwips(35)).toBe(1984);
    expect(PORTRAIT_MARGIN).toEqual({ top: 2098, bottom: 1984, left: 1587, right: 1474 });
  });

  it('gives a 156 × 225 mm portrait 版心 and a 225 mm landscape one', () => {
    expect(PORTRAIT_TEXT_WIDTH).toBe(8845);
    expect(PORTRAIT_TEXT_HEIGHT).toBe(12756);
    expect(LANDSCAPE_TEXT_WIDTH).toBe(12756);
  });

  it('computes the grid charSpace Word writes for 28 三号 characters a line', () => {
    expect(gridCharSpace()).toBe(-842);
    // 28 characters of the resulting pitch fit in the line, 29 do not.
    const pitch = 16 + gridCharSpace() / 4096;
    expect(28 * pitch).toBeLessThanOrEqual(PORTRAIT_TEXT_WIDTH / 20);
    expect(29 * pitch).toBeGreaterThan(PORTRAIT_TEXT_WIDTH / 20);
  });

  it('condenses 三号 runs just enough for 28 to fit a line off the grid', () => {
    expect(bodyCharSpacing()).toBe(-5);
    expect(28 * (16 + bodyCharSpacing() / 20)).toBeLessThanOrEqual(PORTRAIT_TEXT_WIDTH / 20);
    expect(28 * (16 + (bodyCharSpacing() + 1) / 20)).toBeGreaterThan(PORTRAIT_TEXT_WIDTH / 20);
  });

  it('adds snapToGrid off and no auto space between hanzi and digits (20个, not 20 个) to the Normal style only', () => {
    const styles =
      '<w:styles><w:style w:type="paragraph" w:styleId="Title"><w:pPr><w:jc w:val="center"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style></w:styles>';
    expect(normalOffGrid(styles)).toBe(
      styles.replace('<w:pPr><w:spacing', '<w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/><w:spacing'),
    );
    expect(() => normalOffGrid('<w:styles><w:style w:type="paragraph" w:styleId="Normal"><w:rPr/></w:style></w:styles>')).toThrow(/Normal/);
  });
});

describe('text measures', () => {
  it('counts digits and Latin as half a character', () => {
    expect(textWidthInChars('2020年10月26日')).toBe(7);
    expect(textWidthInChars('卫辉市教育局')).toBe(6);
  });

  it('centres the 署名 over a date four characters from the right', () => {
    expect(issuerRightChars('卫辉市教育局', '2020年10月26日')).toBe(4.5);
    expect(issuerRightChars('新乡市卫辉市实验学校', '2020年1月5日')).toBe(2);
    expect(issuerRightChars('一个名字非常非常非常非常非常长的机关', '2020年1月5日')).toBe(0);
  });

  it('sets the masthead at 小初 unless the issuer is too long for one line', () => {
    expect(mastheadSize('卫辉市教育局文件')).toBe(72);
    const long = '新乡市卫辉市某某某某某某某某某某某某某实验学校文件';
    expect(mastheadSize(long) * 10 * textWidthInChars(long)).toBeLessThanOrEqual(PORTRAIT_TEXT_WIDTH * 20);
  });
});

describe('table and package helpers', () => {
  it('rounds column widths on the running total so they fill the 版心 exactly', () => {
    const mm = [8, 14, 18, 32, 31, 18, 16, 22, 8, 8, 8, 8, 8, 8, 18];
    const widths = columnTwips(mm, 12756);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(12756);
    widths.forEach((w, i) => expect(Math.abs(w - mmToTwips(mm[i] ?? 0))).toBeLessThanOrEqual(1));
  });

  it('dates core.xml at midnight UTC of the 成文日期', () => {
    const xml =
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T03:04:05.678Z</dcterms:created>' +
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-02T03:04:05.678Z</dcterms:modified>';
    expect(fixCoreDates(xml, '2020-10-26')).toBe(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2020-10-26T00:00:00Z</dcterms:created>' +
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2020-10-26T00:00:00Z</dcterms:modified>',
    );
  });
});
