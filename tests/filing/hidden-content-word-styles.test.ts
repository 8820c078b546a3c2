/**
 * hidden-content, red team round 10 (Word): ways to hide 政务新媒体 in 招生范围's channel cell of the built filing
 * that the reader did not resolve — a table style (whole table or a conditional band) making text white, a pct
 * shading pattern as dark as the text, a theme colour of the file's own theme or colour mapping, a content control
 * bound to custom XML — and a tracked deletion of the whole 招生范围 row. Each passed as 通过 before.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';
import { builtWordFiling } from './verify-folder.js';

const dir = tempDir('word-styles-');
let built: Uint8Array;

interface Parts {
  doc: string;
  styles: string;
  settings: string;
  theme: string;
}
/** The built filing with its parts edited. */
function edited(edit: (p: Parts) => Parts): Uint8Array {
  const parts = unzipSync(built);
  const read = (n: string): string => strFromU8(parts[n] as Uint8Array);
  const out = edit({
    doc: read('word/document.xml'),
    styles: read('word/styles.xml'),
    settings: read('word/settings.xml'),
    theme: read('word/theme/theme1.xml'),
  });
  parts['word/document.xml'] = strToU8(out.doc);
  parts['word/styles.xml'] = strToU8(out.styles);
  parts['word/settings.xml'] = strToU8(out.settings);
  parts['word/theme/theme1.xml'] = strToU8(out.theme);
  return zipSync(parts);
}

/** The run of 政务新媒体 in 招生范围's channel cell: its start and the end of its `<w:rPr>` opening. */
function targetRun(doc: string): { start: number; end: number } {
  const row = doc.indexOf('招生范围</w:t>');
  const at = doc.indexOf('政务新媒体</w:t>', row);
  const start = doc.lastIndexOf('<w:r>', at);
  return { start, end: doc.indexOf('</w:r>', at) + '</w:r>'.length };
}
/** Add `props` to the target run's properties. */
function styleTarget(doc: string, props: string): string {
  const { start } = targetRun(doc);
  const rPr = doc.indexOf('<w:rPr>', start) + '<w:rPr>'.length;
  return doc.slice(0, rPr) + props + doc.slice(rPr);
}
/** Every run black by direct formatting except the target (which the table style then paints). */
function othersBlack(doc: string): string {
  const { start, end } = targetRun(doc);
  const black = (s: string): string => s.replaceAll('<w:sz w:val="21"/>', '<w:color w:val="000000"/><w:sz w:val="21"/>');
  return black(doc.slice(0, start)) + doc.slice(start, end) + black(doc.slice(end));
}
/** Give the catalogue table (the one holding the target) style `id` and look `look`. */
function tableStyled(
  doc: string,
  id: string,
  look = '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>',
): string {
  const tblPr = doc.lastIndexOf('<w:tblPr>', targetRun(doc).start) + '<w:tblPr>'.length;
  const end = doc.indexOf('</w:tblPr>', tblPr);
  return `${doc.slice(0, tblPr)}<w:tblStyle w:val="${id}"/>${doc.slice(tblPr, end)}${look}${doc.slice(end)}`;
}
const addStyle = (styles: string, style: string): string => styles.replace('</w:styles>', `${style}</w:styles>`);
const tableStyle = (id: string, body: string): string =>
  `<w:style w:type="table" w:styleId="${id}"><w:name w:val="${id}"/><w:basedOn w:val="TableNormal"/>${body}</w:style>`;
const band = (type: string, rPr: string, shd = ''): string =>
  `<w:tblStylePr w:type="${type}"><w:rPr>${rPr}</w:rPr>${shd ? `<w:tcPr>${shd}</w:tcPr>` : ''}</w:tblStylePr>`;
/** Shading `shd` on the target's cell. */
function cellShaded(doc: string, shd: string): string {
  const tcPr = doc.lastIndexOf('<w:tcPr>', targetRun(doc).start) + '<w:tcPr>'.length;
  const end = doc.indexOf('</w:tcPr>', tcPr);
  return doc.slice(0, end) + shd + doc.slice(end);
}

interface Filing {
  file: string;
  status?: string;
  diagnostics: { rule: string; severity: string; line: number; message: string }[];
}
function verify(name: string, bytes: Uint8Array): Filing {
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, 'weihui.filing.docx'), bytes);
  const r = runCli(['verify', name, '--format', 'json'], dir);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return (JSON.parse(r.stdout) as { files: Filing[] }).files[0] as Filing;
}
const hidden = (f: Filing): Filing['diagnostics'] => f.diagnostics.filter((d) => d.rule === 'hidden-content');
/** The one hidden-content finding names 招生范围 and 政务新媒体 as hidden `how`. */
function refused(f: Filing, how: RegExp): void {
  expect(f.status).toBe('error');
  const found = hidden(f);
  expect(found).toHaveLength(1);
  expect(found[0]?.message).toMatch(/（招生范围）有读者看不到的内容/);
  expect(found[0]?.message).toMatch(how);
  expect(found[0]?.message).toContain('政务新媒体');
  expect(f.diagnostics.map((d) => d.rule)).toContain('removed-channel');
}

beforeAll(() => {
  const source = readFileSync(join(repoRoot, 'catalogues', 'weihui.yaml'), 'utf8').replace(/^extends: .*$/m, 'extends: xinxiang@2020');
  writeFileSync(join(dir, 'weihui.yaml'), source);
  built = builtWordFiling(dir, 'weihui.yaml');
}, 120_000);

describe('Word table styles (attack 34)', () => {
  it('a table style whose text is white, every other run black by hand: 政务新媒体 is white on white', () => {
    const f = verify(
      'style-white',
      edited((p) => ({
        ...p,
        doc: tableStyled(othersBlack(p.doc), 'Hider'),
        styles: addStyle(p.styles, tableStyle('Hider', '<w:rPr><w:color w:val="FFFFFF"/></w:rPr>')),
      })),
    );
    refused(f, /白色或与底色相同颜色的文字/);
  });
  it('a conditional band of the style making its rows white: the same', () => {
    const f = verify(
      'style-band',
      edited((p) => ({
        ...p,
        doc: tableStyled(othersBlack(p.doc), 'Bands'),
        styles: addStyle(p.styles, tableStyle('Bands', band('band1Horz', '<w:color w:val="FFFFFF"/>') + band('band2Horz', '<w:color w:val="FFFFFF"/>'))),
      })),
    );
    refused(f, /白色或与底色相同颜色的文字/);
  });
  it('white text on the black shading of the same band shows, and the file passes (control)', () => {
    const shd = '<w:shd w:val="clear" w:color="auto" w:fill="000000"/>';
    const f = verify(
      'style-band-dark',
      edited((p) => ({
        ...p,
        doc: tableStyled(p.doc, 'Dark'),
        styles: addStyle(
          p.styles,
          tableStyle('Dark', band('band1Horz', '<w:color w:val="FFFFFF"/>', shd) + band('band2Horz', '<w:color w:val="FFFFFF"/>', shd)),
        ),
      })),
    );
    expect(hidden(f)).toEqual([]);
    expect(f.status).toBe('ok');
  });
});

describe('Word shading patterns (attack 35)', () => {
  // Automatic text turns white on dark shading (Word and LibreOffice): the trick sets the text black.
  const shaded = (pattern: string) => (p: Parts) => ({
    ...p,
    doc: styleTarget(cellShaded(p.doc, `<w:shd w:val="${pattern}" w:color="000000" w:fill="FFFFFF"/>`), '<w:color w:val="000000"/>'),
  });
  it('pct95 black over a white fill is near black: black text on it is refused', () => {
    refused(verify('pct95', edited(shaded('pct95'))), /白色或与底色相同颜色的文字/);
  });
  it('pct25 grey under black text shows (control)', () => {
    expect(hidden(verify('pct25', edited(shaded('pct25'))))).toEqual([]);
  });
});

describe('a tracked deletion of a whole row (attack 36)', () => {
  it('招生范围 with w:trPr/w:del is not present: hidden content, and the item is not read', () => {
    const f = verify(
      'row-del',
      edited((p) => {
        const row = p.doc.lastIndexOf('<w:tr>', p.doc.indexOf('招生范围</w:t>'));
        const own = '<w:tr><w:trPr><w:cantSplit/>';
        expect(p.doc.slice(row, row + own.length)).toBe(own);
        const del = '<w:del w:id="901" w:author="x" w:date="2026-01-01T00:00:00Z"/>';
        return { ...p, doc: p.doc.slice(0, row) + own + del + p.doc.slice(row + own.length) };
      }),
    );
    expect(f.status).toBe('error');
    const found = hidden(f);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/未处理的修订（已删除但仍保留）/);
    expect(found[0]?.message).toContain('招生范围');
  });
});

describe("Word theme colours of the file's own theme (attack 41)", () => {
  it('accent 1 made white in the theme part: a run in accent 1 (w:val black) is white', () => {
    const f = verify(
      'theme-accent',
      edited((p) => ({
        ...p,
        doc: styleTarget(p.doc, '<w:color w:val="000000" w:themeColor="accent1"/>'),
        theme: p.theme.replace('<a:accent1><a:srgbClr val="4472C4"/>', '<a:accent1><a:srgbClr val="FFFFFF"/>'),
      })),
    );
    refused(f, /白色或与底色相同颜色的文字/);
  });
  it('text 1 mapped to light 1 (w:clrSchemeMapping): a run in text 1 is white', () => {
    const mapping = '<w:clrSchemeMapping w:bg1="dark1" w:t1="light1" w:bg2="light2" w:t2="dark2"/>';
    const f = verify(
      'theme-mapping',
      edited((p) => ({
        ...p,
        doc: styleTarget(p.doc, '<w:color w:val="000000" w:themeColor="text1"/>'),
        settings: p.settings.includes('<w:clrSchemeMapping')
          ? p.settings.replace(/<w:clrSchemeMapping[^>]*\/>/, mapping)
          : p.settings.replace('</w:settings>', `${mapping}</w:settings>`),
      })),
    );
    refused(f, /白色或与底色相同颜色的文字/);
  });
  it('accent 1 of the stock theme lightened to near white (w:themeTint="0A") is refused; accent 1 as is shows', () => {
    refused(
      verify(
        'theme-tint',
        edited((p) => ({ ...p, doc: styleTarget(p.doc, '<w:color w:val="000000" w:themeColor="accent1" w:themeTint="0A"/>') })),
      ),
      /白色或与底色相同/,
    );
    expect(
      hidden(
        verify(
          'theme-plain',
          edited((p) => ({ ...p, doc: styleTarget(p.doc, '<w:color w:val="FFFFFF" w:themeColor="accent1"/>') })),
        ),
      ),
    ).toEqual([]);
  });
});

describe('a content control bound to custom XML (attack 42)', () => {
  it('政务新媒体 in a run-level w:sdt with w:dataBinding is refused as bound content', () => {
    const f = verify(
      'bound',
      edited((p) => {
        const { start, end } = targetRun(p.doc);
        const sdt = `<w:sdt><w:sdtPr><w:dataBinding w:xpath="/root/channel" w:storeItemID="{11111111-2222-3333-4444-555555555555}"/></w:sdtPr><w:sdtContent>${p.doc.slice(start, end)}</w:sdtContent></w:sdt>`;
        return { ...p, doc: p.doc.slice(0, start) + sdt + p.doc.slice(end) };
      }),
    );
    refused(f, /绑定到自定义 XML 数据的内容控件/);
  });
  it('an unbound content control is read as usual (control)', () => {
    const f = verify(
      'unbound',
      edited((p) => {
        const { start, end } = targetRun(p.doc);
        const sdt = `<w:sdt><w:sdtPr><w:alias w:val="渠道"/></w:sdtPr><w:sdtContent>${p.doc.slice(start, end)}</w:sdtContent></w:sdt>`;
        return { ...p, doc: p.doc.slice(0, start) + sdt + p.doc.slice(end) };
      }),
    );
    expect(f.status).toBe('ok');
  });
});

describe('a page colour (w:background), Part B (attack 45)', () => {
  const paged = (colour: string, props: string) => (p: Parts) => {
    const body = p.doc.indexOf('<w:body>');
    const doc = `${p.doc.slice(0, body)}<w:background w:color="${colour}"/>${p.doc.slice(body)}`;
    return { ...p, doc: props ? styleTarget(doc, props) : doc, settings: p.settings.replace('</w:settings>', '<w:displayBackgroundShape/></w:settings>') };
  };
  it('black text on a black page is refused (the cells are unshaded: the page shows through)', () => {
    refused(verify('page-black', edited(paged('000000', '<w:color w:val="000000"/>'))), /白色或与底色相同颜色的文字/);
  });
  it('a pale page under automatic text shows, and the file passes (control)', () => {
    expect(verify('page-pale', edited(paged('FFFFCC', ''))).status).toBe('ok');
  });
});

describe('Word symbol fonts and inserted symbols (attack 46)', () => {
  /** The first √ run of 招生范围's row (its 全社会 cell), its start and end. */
  function tickRun(doc: string): { start: number; end: number } {
    const at = doc.indexOf('>√</w:t>', doc.indexOf('政务新媒体</w:t>', doc.indexOf('招生范围</w:t>')));
    return { start: doc.lastIndexOf('<w:r>', at), end: doc.indexOf('</w:r>', at) + '</w:r>'.length };
  }
  const tickEdited = (name: string, change: (run: string) => string): Filing =>
    verify(
      name,
      edited((p) => {
        const { start, end } = tickRun(p.doc);
        return { ...p, doc: p.doc.slice(0, start) + change(p.doc.slice(start, end)) + p.doc.slice(end) };
      }),
    );
  const wingdings = (run: string): string =>
    run.replace(/<w:rFonts [^>]*\/>/, '<w:rFonts w:ascii="Wingdings" w:eastAsia="Wingdings" w:hAnsi="Wingdings" w:hint="eastAsia"/>');
  function symbolRefused(f: Filing): void {
    expect(f.status).toBe('error');
    const found = hidden(f);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/（招生范围）有读者看不到的内容：符号字体（Wingdings、Symbol 等）或插入的符号/);
  }
  it('a Wingdings cross (w:sym F0FB) after the √: the reader sees √✗, the √ alone was read', () => {
    symbolRefused(tickEdited('sym-cross', (r) => `${r}<w:r><w:sym w:font="Wingdings" w:char="F0FB"/></w:r>`));
  });
  it('the √ in Wingdings (which has no √: it draws another picture or none)', () => {
    symbolRefused(tickEdited('font-tick', wingdings));
  });
  it('a Wingdings ü (drawn as a tick) is refused as a symbol, not read as the letter', () => {
    symbolRefused(tickEdited('font-u', (r) => wingdings(r).replace('>√</w:t>', '>ü</w:t>')));
  });
});

describe('Word: indents and fixed columns that put the channel out of its cell (attacks 48, 49)', () => {
  /** Give the paragraph of the target run indent `ind`. */
  function indented(doc: string, ind: string): string {
    const p = doc.lastIndexOf('<w:pPr>', targetRun(doc).start);
    const jc = doc.indexOf('<w:jc ', p);
    return doc.slice(0, jc) + ind + doc.slice(jc);
  }
  /** The catalogue table in fixed layout, the target's column `w` twips wide. */
  function narrowFixed(doc: string, w: number): string {
    const { start } = targetRun(doc);
    const tr =
      doc.lastIndexOf('<w:tr>', start) === -1 ? doc.lastIndexOf('<w:tr ', start) : Math.max(doc.lastIndexOf('<w:tr>', start), doc.lastIndexOf('<w:tr ', start));
    const column = doc.slice(tr, start).split('<w:tc>').length - 2;
    const tbl = doc.lastIndexOf('<w:tblGrid>', start);
    const end = doc.indexOf('</w:tblGrid>', tbl);
    let i = -1;
    const grid = doc.slice(tbl, end).replace(/<w:gridCol w:w="\d+"\/>/g, (m) => (++i === column ? `<w:gridCol w:w="${w}"/>` : m));
    const tblPr = doc.lastIndexOf('</w:tblPr>', tbl);
    return `${doc.slice(0, tblPr)}<w:tblLayout w:type="fixed"/>${doc.slice(tblPr, tbl)}${grid}${doc.slice(end)}`;
  }
  function pushed(f: Filing, how: RegExp): void {
    expect(f.status).toBe('error');
    const found = hidden(f);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/（招生范围）有读者看不到的内容/);
    expect(found[0]?.message).toMatch(how);
    expect(found[0]?.message).toContain('政务新媒体');
  }
  it.each([
    ['ind-negative', '<w:ind w:left="-4000"/>'],
    ['ind-hanging', '<w:ind w:left="0" w:hanging="4000"/>'],
    ['ind-wide', '<w:ind w:left="4000"/>'],
  ])('%s pushes 政务新媒体 out of its cell', (name, ind) => {
    pushed(
      verify(
        name,
        edited((p) => ({ ...p, doc: indented(p.doc, ind) })),
      ),
      /段落缩进把文字推出单元格的文字/,
    );
  });
  it('a first-line indent of two characters stays in the cell (control)', () => {
    const f = verify(
      'ind-first',
      edited((p) => ({ ...p, doc: indented(p.doc, '<w:ind w:left="0" w:firstLine="420"/>') })),
    );
    expect(hidden(f)).toEqual([]);
    expect(f.status).not.toBe('error');
  });
  it('a fixed-layout channel column 150 twips wide (under a character) is refused on every row', () => {
    const f = verify(
      'fixed-narrow',
      edited((p) => ({ ...p, doc: narrowFixed(p.doc, 150) })),
    );
    expect(f.status).toBe('error');
    const found = hidden(f).filter((d) => /（招生范围）有读者看不到的内容/.test(d.message));
    expect(hidden(f).length).toBeGreaterThan(1);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/隐藏的列或窄得放不下一个字的列.*政务新媒体/);
  });
});
