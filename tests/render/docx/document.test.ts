/** word/document.xml and the package parts of the 印发通知: page set-up, 版头 to 附注, metadata. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../../../src/model/index.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { elements, officialDocument, part, runsWithText, textOf } from './fixture.js';

const WEIHUI = 'catalogues/weihui.yaml';

let notice: OfficialDocument;
let xml: string;
let docx: Uint8Array;

beforeAll(async () => {
  notice = officialDocument(WEIHUI, 'notice');
  docx = await renderDocx(notice, { profile: 'gbt9704', sourceSha256: notice.info.sourceSha256 });
  xml = part(docx, 'word/document.xml');
});

const attr = (el: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(el)?.[1];

describe('page set-up', () => {
  it('section 1 is A4 portrait with the GB/T 9704 margins and a 22 × 28 grid', () => {
    const first = elements(xml, 'w:sectPr')[0] ?? '';
    expect(first).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const margin = elements(first, 'w:pgMar')[0] ?? '';
    expect([attr(margin, 'w:top'), attr(margin, 'w:bottom'), attr(margin, 'w:left'), attr(margin, 'w:right')]).toEqual(['2098', '1984', '1587', '1474']);
    expect(first).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/>');
  });

  it('keeps Normal off the character grid and condenses 三号 runs so 28 fit a line in every client', () => {
    const normal = elements(part(docx, 'word/styles.xml'), 'w:style').find((s) => s.includes('w:styleId="Normal"')) ?? '';
    expect(normal).toContain(
      '<w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/><w:spacing w:after="0" w:before="0"/></w:pPr>',
    );
    expect(normal).toContain('<w:sz w:val="32"/>');
    const body = elements(xml, 'w:r').filter((r) => r.includes('<w:sz w:val="32"/>'));
    expect(body.length).toBeGreaterThan(10);
    expect(body.every((r) => r.includes('<w:spacing w:val="-5"/>'))).toBe(true);
    expect(
      elements(xml, 'w:r')
        .filter((r) => r.includes('<w:sz w:val="21"/>'))
        .some((r) => r.includes('w:spacing')),
    ).toBe(false);
  });

  it('starts the 版记 section on an even page (GB/T 9704 §7.4)', () => {
    const sections = elements(xml, 'w:sectPr');
    expect(sections.at(-1)).toContain('<w:type w:val="evenPage"/>');
  });

  it('puts the 附件 in a landscape section on a new page with a 225 mm wide 版心', () => {
    const landscape = elements(xml, 'w:sectPr').filter((s) => s.includes('w:orient="landscape"'));
    expect(landscape).toHaveLength(1);
    const sect = landscape[0] ?? '';
    expect(sect).toContain('<w:type w:val="nextPage"/>');
    expect(sect).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    const margin = elements(sect, 'w:pgMar')[0] ?? '';
    expect(16838 - Number(attr(margin, 'w:left')) - Number(attr(margin, 'w:right'))).toBe(12756);
  });

  it('ends with a portrait 版记 section', () => {
    const sections = elements(xml, 'w:sectPr');
    expect(sections).toHaveLength(3);
    expect(sections[2]).toContain('w:orient="portrait"');
    expect(textOf(xml)).toContain('抄送：新乡市教育局，卫辉市人民政府办公室。');
    expect(textOf(xml)).toContain('卫辉市教育局办公室\t2020年10月26日印发');
  });

  it('numbers pages "— N —", odd and even footers apart', () => {
    expect(part(docx, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const first = elements(xml, 'w:sectPr')[0] ?? '';
    expect(first).toMatch(/<w:footerReference w:type="default"/);
    expect(first).toMatch(/<w:footerReference w:type="even"/);
    const footer = part(docx, 'word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('— ');
    expect(footer).toContain('w:eastAsia="宋体"');
    expect(footer).toContain('<w:sz w:val="28"/>');
  });
});

describe('body', () => {
  it('sets the masthead in red 小标宋 and the title in 二号 方正小标宋简体', () => {
    const masthead = runsWithText(xml, '卫辉市教育局文件')[0] ?? '';
    expect(masthead).toContain('w:eastAsia="方正小标宋简体"');
    expect(masthead).toContain('<w:color w:val="FF0000"/>');
    const title = notice.body.find((b) => b.kind === 'title');
    if (title?.kind !== 'title') throw new Error('no title');
    for (const line of title.lines) {
      const run = runsWithText(xml, line)[0] ?? '';
      expect(run).toContain('w:eastAsia="方正小标宋简体"');
      expect(run).toContain('<w:sz w:val="44"/>');
    }
  });

  it('draws the red line as the 发文字号 paragraph border', () => {
    const paragraph = elements(xml, 'w:p').find((p) => textOf(p) === '卫教〔2020〕45号') ?? '';
    expect(paragraph).toMatch(/<w:bottom w:val="single" w:color="FF0000" w:sz="8" w:space="11"\/>/);
    expect(paragraph).toContain('<w:jc w:val="center"/>');
  });

  it('sets body paragraphs in 三号 仿宋_GB2312 on the exact 28.95 pt pitch, indented two characters', () => {
    const paragraphs = notice.body.filter((b) => b.kind === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const block of paragraphs) {
      if (block.kind !== 'paragraph') continue;
      const text = block.runs.map((r) => r.text).join('');
      const p = elements(xml, 'w:p').find((el) => textOf(el) === text) ?? '';
      expect(p).toContain('w:line="579" w:lineRule="exact"');
      expect(p).toContain('<w:ind w:firstLine="640"/>');
      expect(p).toContain('<w:jc w:val="both"/>');
      expect(p).toContain('<w:sz w:val="32"/>');
      expect(p).toMatch(/w:eastAsia="(仿宋_GB2312|黑体|楷体_GB2312)"/);
    }
    expect(elements(xml, 'w:r').filter((r) => r.includes('w:eastAsia="仿宋_GB2312"')).length).toBeGreaterThan(10);
    expect(xml).toContain('w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:hint="eastAsia"');
  });

  it('puts the date four characters in from the right and centres the 署名 over it', () => {
    const date = elements(xml, 'w:p').find((p) => textOf(p) === '2020年10月26日') ?? '';
    expect(date).toContain('<w:ind w:right="1280"/>');
    expect(date).toContain('<w:jc w:val="right"/>');
    // 卫辉市教育局 is 6 characters, the date 7: the 署名 ends half a character further right.
    const paragraphs = elements(xml, 'w:p');
    const issuer = paragraphs[paragraphs.indexOf(date) - 1] ?? '';
    expect(textOf(issuer)).toBe('卫辉市教育局');
    expect(issuer).toContain('<w:ind w:right="1440"/>');
  });
});

describe('metadata', () => {
  it('writes the title, dates and the source hash', () => {
    const core = part(docx, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${notice.info.title}</dc:title>`);
    expect(core).toContain('<dc:creator>卫辉市教育局</dc:creator>');
    expect(core).toMatch(/<dcterms:created[^>]*>2020-10-26T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified[^>]*>2020-10-26T00:00:00Z<\/dcterms:modified>/);
    const custom = part(docx, 'docProps/custom.xml');
    expect(custom).toContain(`name="SourceSHA256"><vt:lpwstr>${notice.info.sourceSha256}</vt:lpwstr>`);
    expect(custom).toContain('name="Generator"><vt:lpwstr>catalog</vt:lpwstr>');
    expect(notice.info.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has no hyperlinks or images', () => {
    expect(xml).not.toContain('<w:hyperlink');
    expect(xml).not.toContain('<w:drawing');
  });
});
