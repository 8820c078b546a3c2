/** The DOCX placed like the PDF (issue 14.4): the landscape 页码 turned where the PDF draws it, merged-row cells, the grid of page 1. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../../src/model/index.js';
import { RED_LINE_EXTENT, mastheadSpacing } from '../../../src/render/docx/body.js';
import { CHAR_SIHAO, footerDistance, LINE_PITCH, PORTRAIT_MARGIN, PORTRAIT_TEXT_WIDTH } from '../../../src/render/docx/geometry.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { A4, PAGE_NUMBER_GAP, PORTRAIT_FRAME } from '../../../src/render/pdf/geometry.js';
import { elements, officialDocument, part, tableRows, textOf } from './fixture.js';

let notice: OfficialDocument;
let docx: Uint8Array;
let xml: string;

beforeAll(async () => {
  notice = officialDocument('catalogues/weihui.yaml', 'notice');
  docx = await renderDocx(notice, { profile: 'gbt9704', sourceSha256: notice.info.sourceSha256 });
  xml = part(docx, 'word/document.xml');
});

const attr = (el: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(el)?.[1];
const TWIPS_PER_PT = 20;

/** The footer parts a section refers to, by type (default = odd pages, even). */
function footersOf(section: string): Record<string, string> {
  const rels = part(docx, 'word/_rels/document.xml.rels');
  const target = (id: string) => attr(elements(rels, 'Relationship').find((r) => attr(r, 'Id') === id) ?? '', 'Target') ?? '';
  return Object.fromEntries(elements(section, 'w:footerReference').map((ref) => [attr(ref, 'w:type'), part(docx, `word/${target(attr(ref, 'r:id') ?? '')}`)]));
}

describe('the 页码 of the landscape 附件 pages', () => {
  const landscape = () => elements(xml, 'w:sectPr').find((s) => s.includes('w:orient="landscape"')) ?? '';

  it('is a PAGE field turned a quarter (tbRl) in a table anchored to the page, where the PDF draws it', () => {
    const { default: odd, even } = footersOf(landscape());
    for (const footer of [odd ?? '', even ?? '']) {
      expect(footer).toContain('PAGE');
      expect(footer).toContain('<w:textDirection w:val="tbRl"/>');
      const position = elements(footer, 'w:tblpPr')[0] ?? '';
      expect(attr(position, 'w:horzAnchor')).toBe('page');
      expect(attr(position, 'w:vertAnchor')).toBe('page');
      // Across the landscape page: the sheet's distance from its bottom edge to the number's line.
      expect(Number(attr(position, 'w:tblpX'))).toBe(footerDistance(35));
      // Along it: the portrait 版心 width from the 订口 margin, which the landscape page's top edge is.
      expect(Number(attr(position, 'w:tblpY'))).toBe(PORTRAIT_MARGIN.left);
      expect(footer).toContain(`<w:trHeight w:val="${PORTRAIT_TEXT_WIDTH}" w:hRule="exact"/>`);
    }
    // Odd pages toward the sheet's right (the landscape page's foot), even pages toward its left; 一字 in.
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(odd).toContain(`<w:ind w:right="${CHAR_SIHAO}"/>`);
    expect(even).toContain('<w:jc w:val="left"/>');
    expect(even).toContain(`<w:ind w:left="${CHAR_SIHAO}"/>`);
  });

  it('matches the PDF: the same sheet position in millimetres as pdf/chrome.ts draws the rotated number', () => {
    // PDF: dashes PAGE_NUMBER_GAP under the 版心, i.e. this far from the sheet's bottom edge, in twips.
    const pdfDashFromBottom = (A4.height - (PORTRAIT_FRAME.top + PORTRAIT_FRAME.height + PAGE_NUMBER_GAP)) * TWIPS_PER_PT;
    // DOCX: the 四号 line (280 twips) starts at footerDistance from the edge; its dash is in the middle.
    const docxDashFromBottom = footerDistance(35) + CHAR_SIHAO / 2;
    expect(Math.abs(docxDashFromBottom - pdfDashFromBottom)).toBeLessThanOrEqual(2);
  });

  it('leaves the portrait pages their upright footers', () => {
    const portrait = elements(xml, 'w:sectPr').filter((s) => s.includes('w:orient="portrait"'));
    expect(portrait.length).toBeGreaterThan(0);
    for (const section of portrait) {
      for (const footer of Object.values(footersOf(section))) expect(footer).not.toContain('tbRl');
    }
  });
});

describe('rows under a merged 一级事项 cell', () => {
  /** The paragraph properties of a cell's paragraphs, and its own properties, without its width. */
  const cellLook = (tc: string) => ({
    tcPr: (elements(tc, 'w:tcPr')[0] ?? '').replace(/<w:tcW[^>]*\/>/, '').replace(/<w:vMerge[^>]*\/>/, ''),
    pPr: elements(tc, 'w:pPr').map((p) => p.replace(/<w:jc[^>]*\/>/, '')),
  });

  it('have their cells centred and set like every other row: vAlign, spacing, indents, 五号 font', () => {
    const rows = tableRows(xml).slice(2);
    const look = cellLook(elements(rows[0]!.xml, 'w:tc')[2] ?? '');
    expect(look.tcPr).toContain('<w:vAlign w:val="center"/>');
    let continued = 0;
    for (const row of rows) {
      for (const tc of elements(row.xml, 'w:tc')) {
        const cell = cellLook(tc);
        expect(cell.tcPr).toBe(look.tcPr);
        for (const pPr of cell.pPr) expect(pPr).toBe(look.pPr[0]);
        if (/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(tc)) {
          continued += 1;
          expect(textOf(tc)).toBe('');
          expect(tc).toContain('<w:jc w:val="center"/>');
        }
      }
    }
    expect(continued).toBeGreaterThan(10);
    // Exactly the PDF's cell line, 1.3 × 10.5 pt = 13.65 pt, so rows are as tall as the PDF's.
    expect(look.pPr[0]).toContain('<w:spacing w:after="0" w:before="0" w:line="273" w:lineRule="exact"/>');
    expect(look.pPr[0]).toContain('<w:sz w:val="21"/>');
    expect(look.pPr[0]).toContain('w:eastAsia="仿宋_GB2312"');
  });
});

describe('the grid of page 1', () => {
  const paragraphs = () => elements(xml.slice(0, xml.indexOf('<w:tbl>')), 'w:p');

  it('ends the masthead on a grid line, as the PDF does', () => {
    for (const size of [44, 56, 72]) {
      const { before, line, after } = mastheadSpacing(size);
      expect((before + line + after) % LINE_PITCH).toBe(0);
      expect(after).toBeGreaterThanOrEqual(0);
      expect(after).toBeLessThan(LINE_PITCH);
    }
    const masthead = elements(paragraphs()[0] ?? '', 'w:spacing')[0] ?? '';
    const sum = ['w:before', 'w:line', 'w:after'].reduce((n, a) => n + Number(attr(masthead, a)), 0);
    expect(sum % LINE_PITCH).toBe(0);
  });

  it('gives back under the title what the red line adds, so the title stands two grid lines lower', () => {
    expect(RED_LINE_EXTENT).toBe(240);
    const title = paragraphs().find((p) => textOf(p).startsWith(notice.body.find((b) => b.kind === 'title')!.lines[0]!)) ?? '';
    expect(attr(elements(title, 'w:spacing')[0] ?? '', 'w:before')).toBe(String(2 * LINE_PITCH - RED_LINE_EXTENT));
    const numbered = paragraphs().find((p) => p.includes('w:color="FF0000" w:sz="8" w:space="11"')) ?? '';
    expect(numbered).toContain('<w:bottom w:val="single" w:color="FF0000" w:sz="8" w:space="11"/>');
  });
});
