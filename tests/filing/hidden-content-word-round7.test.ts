/**
 * hidden-content, red team round 7 (branch redteam15, Word): 政务新媒体 in 招生范围's channel cell of the built filing
 * made unreadable or pushed away in ways the reader did not resolve — a text colour close to its shading but more
 * than 24 a channel away (#333333 on pct90 black, #2A2A2A on black, #E0E0E0 on white), automatic text on a black
 * highlight (LibreOffice paints it black), an indent from a paragraph style (through basedOn) or a list level, and a
 * list level whose number text is words (“（已停用）政务新媒体”), a run lowered or raised out of its line (w:position,
 * LibreOffice draws it in the next row). Each passed as 通过 before. Controls: black on grey,
 * yellow and white, white on black, automatic text on black shading (Word and LibreOffice paint it white), plain
 * numbered paragraphs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';
import { builtWordFiling } from './verify-folder.js';

const dir = tempDir('word-round7-');

interface Parts {
  doc: string;
  styles: string;
  numbering: string;
}

/** The run of 政务新媒体 in 招生范围's channel cell. */
function targetRun(doc: string): number {
  const at = doc.indexOf('政务新媒体</w:t>', doc.indexOf('招生范围</w:t>'));
  return doc.lastIndexOf('<w:r>', at);
}
/** Add `props` to the target run's properties. */
function runProps(doc: string, props: string): string {
  const rPr = doc.indexOf('<w:rPr>', targetRun(doc)) + '<w:rPr>'.length;
  return doc.slice(0, rPr) + props + doc.slice(rPr);
}
/** Shading `shd` on the target's cell. */
function cellShaded(doc: string, shd: string): string {
  const tcPr = doc.lastIndexOf('<w:tcPr>', targetRun(doc));
  const end = doc.indexOf('</w:tcPr>', tcPr);
  return doc.slice(0, end) + shd + doc.slice(end);
}
const CELL_STYLE = '<w:pStyle w:val="CatalogueCell"/>';
/** The target's paragraph given style `id`, and `pPr` after its style. */
function paragraph(doc: string, id: string, pPr = ''): string {
  const at = doc.lastIndexOf(CELL_STYLE, targetRun(doc));
  return `${doc.slice(0, at)}<w:pStyle w:val="${id}"/>${pPr}${doc.slice(at + CELL_STYLE.length)}`;
}
const paraStyle = (id: string, basedOn: string, pPr: string): string =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/><w:basedOn w:val="${basedOn}"/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}</w:style>`;
const addStyles = (styles: string, ...more: string[]): string => styles.replace('</w:styles>', `${more.join('')}</w:styles>`);
/** The built filing's numbering.xml with one more list (numId 90) whose level 0 is `lvl`. */
const numbering = (xml: string, lvl: string): string => {
  const first = xml.indexOf('<w:num ');
  const abstract = `<w:abstractNum w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>${lvl}</w:lvl></w:abstractNum>`;
  return `${xml.slice(0, first)}${abstract}${xml.slice(first)}`.replace(
    '</w:numbering>',
    '<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num></w:numbering>',
  );
};
const NUMBERED = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>';
const numbered = (lvl: string) => (p: Parts) => ({ ...p, doc: paragraph(p.doc, 'CatalogueCell', NUMBERED), numbering: numbering(p.numbering, lvl) });

/** A one-cell white table in the last cell of the target's row, floating (w:tblpPr) over the channel cell, or not. */
function floatingOver(doc: string, floating: boolean): string {
  const start = targetRun(doc);
  const rowEnd = doc.indexOf('</w:tr>', start);
  const last = doc.lastIndexOf('</w:tc>', rowEnd);
  const pos = floating ? '<w:tblpPr w:vertAnchor="text" w:horzAnchor="text" w:tblpX="-3000" w:tblpY="300"/><w:tblOverlap w:val="overlap"/>' : '';
  const table =
    `<w:tbl><w:tblPr>${pos}<w:tblW w:w="1100" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="1100"/></w:tblGrid>` +
    '<w:tr><w:trPr><w:trHeight w:val="300" w:hRule="exact"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="1100" w:type="dxa"/>' +
    '<w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl><w:p/>';
  return doc.slice(0, last) + table + doc.slice(last);
}
const colour =
  (text: string, shd = '') =>
  (p: Parts) => ({ ...p, doc: runProps(shd ? cellShaded(p.doc, shd) : p.doc, text) });
const PCT90 = '<w:shd w:val="pct90" w:color="000000" w:fill="FFFFFF"/>';
const BLACK = '<w:shd w:val="clear" w:color="auto" w:fill="000000"/>';

const EDITS: Readonly<Record<string, (p: Parts) => Parts>> = {
  'grey333-pct90': colour('<w:color w:val="333333"/>', PCT90),
  'grey2a-black': colour('<w:color w:val="2A2A2A"/>', BLACK),
  'greye0-white': colour('<w:color w:val="E0E0E0"/>'),
  'auto-highlight-black': colour('<w:highlight w:val="black"/>'),
  'auto-highlight-darkblue': colour('<w:highlight w:val="darkBlue"/>'),
  // Controls.
  'black-on-grey': colour('<w:color w:val="000000"/>', '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'),
  'black-on-yellow': colour('<w:color w:val="000000"/>', '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>'),
  'white-on-black': colour('<w:color w:val="FFFFFF"/>', BLACK),
  'grey-on-white': colour('<w:color w:val="808080"/>'),
  'auto-on-black': colour('', BLACK),
  'auto-highlight-yellow': colour('<w:highlight w:val="yellow"/>'),
  // Raised or lowered (w:position, half-points): −200 draws 政务新媒体 in the row below (LibreOffice), 300 above it.
  'position-down': colour('<w:position w:val="-200"/>'),
  'position-up': colour('<w:position w:val="300"/>'),
  'position-small': colour('<w:position w:val="6"/>'),
  // Embossed or engraved: white letters with a thin edge (LibreOffice).
  'emboss': colour('<w:emboss/>'),
  'imprint': colour('<w:imprint/>'),
  'outline': colour('<w:outline/>'),
  // A floating table (w:tblpPr, overlapping) nested in 招生范围's 备注 cell, one white cell moved left over the channel.
  'floating': (p) => ({ ...p, doc: floatingOver(p.doc, true) }),
  'nested-plain': (p) => ({ ...p, doc: floatingOver(p.doc, false) }),
  // Indents from styles.
  'style-ind': (p) => ({ ...p, styles: addStyles(p.styles, paraStyle('Pushed', 'CatalogueCell', '<w:ind w:left="-4000"/>')), doc: paragraph(p.doc, 'Pushed') }),
  'style-ind-based': (p) => ({
    ...p,
    styles: addStyles(p.styles, paraStyle('Pushed', 'CatalogueCell', '<w:ind w:left="0" w:hanging="4000"/>'), paraStyle('Looks', 'Pushed', '')),
    doc: paragraph(p.doc, 'Looks'),
  }),
  'style-ind-overridden': (p) => ({
    ...p,
    styles: addStyles(p.styles, paraStyle('Pushed', 'CatalogueCell', '<w:ind w:left="-4000"/>')),
    doc: paragraph(p.doc, 'Pushed', '<w:ind w:left="0"/>'),
  }),
  // Lists.
  'list-words': numbered('<w:numFmt w:val="none"/><w:lvlText w:val="（已停用）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'),
  'list-ind': numbered('<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="-4000" w:hanging="0"/></w:pPr>'),
  'list-bullet': numbered(
    '<w:numFmt w:val="bullet"/><w:lvlText w:val="Ø"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr>',
  ),
  'list-cross': numbered(
    '<w:numFmt w:val="bullet"/><w:lvlText w:val="û"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr>',
  ),
  'list-times': numbered('<w:numFmt w:val="bullet"/><w:lvlText w:val="×"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr>'),
  'list-plain': numbered('<w:numFmt w:val="decimal"/><w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr>'),
};

interface Filing {
  file: string;
  status?: string;
  diagnostics: { rule: string; severity: string; line: number; message: string }[];
}
let files: Filing[] = [];
const filing = (name: string): Filing => files.find((f) => f.file === `in/${name}.docx`) as Filing;
const hidden = (name: string): Filing['diagnostics'] => filing(name).diagnostics.filter((d) => d.rule === 'hidden-content');

/** The built filing with its parts edited. */
function edited(built: Uint8Array, edit: (p: Parts) => Parts): Uint8Array {
  const parts = unzipSync(built);
  const read = (n: string): string => strFromU8(parts[n] as Uint8Array);
  const out = edit({ doc: read('word/document.xml'), styles: read('word/styles.xml'), numbering: read('word/numbering.xml') });
  parts['word/document.xml'] = strToU8(out.doc);
  parts['word/styles.xml'] = strToU8(out.styles);
  parts['word/numbering.xml'] = strToU8(out.numbering);
  return zipSync(parts);
}

beforeAll(() => {
  const source = readFileSync(join(repoRoot, 'catalogues', 'weihui.yaml'), 'utf8').replace(/^extends: .*$/m, 'extends: xinxiang@2020');
  writeFileSync(join(dir, 'weihui.yaml'), source);
  const built = builtWordFiling(dir, 'weihui.yaml');
  mkdirSync(join(dir, 'in'));
  for (const [name, edit] of Object.entries(EDITS)) writeFileSync(join(dir, 'in', `${name}.docx`), edited(built, edit));
  const r = runCli(['verify', 'in', '--format', 'json'], dir, {}, 240_000);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  files = (JSON.parse(r.stdout) as { files: Filing[] }).files;
}, 300_000);

/** One hidden-content error, on 招生范围, naming 政务新媒体 hidden `how`; the channel is then missing. */
function refused(name: string, how: RegExp): void {
  const found = hidden(name);
  expect(found).toHaveLength(1);
  expect(found[0]?.message).toMatch(/（招生范围）有读者看不到的内容/);
  expect(found[0]?.message).toMatch(how);
  expect(found[0]?.message).toContain('政务新媒体');
  expect(filing(name).status).toBe('error');
}
function passes(name: string): void {
  expect(hidden(name)).toEqual([]);
  expect(filing(name).status).not.toBe('error');
}

describe('colours by contrast, not by closeness per channel (attack 70)', () => {
  it.each(['grey333-pct90', 'grey2a-black', 'greye0-white'])('%s: a contrast under 1.5 is refused', (name) => {
    refused(name, /白色或与底色相同颜色的文字/);
  });
  it.each(['black-on-grey', 'black-on-yellow', 'white-on-black', 'grey-on-white'])('%s shows (control)', passes);
});

describe('automatic text colour (attack 71)', () => {
  it('on black cell shading it shows: Word and LibreOffice paint automatic text white there (control)', () => passes('auto-on-black'));
  it.each(['auto-highlight-black', 'auto-highlight-darkblue'])('%s: LibreOffice paints automatic text black on a highlight', (name) => {
    refused(name, /白色或与底色相同颜色的文字/);
  });
  it('on a yellow highlight it shows (control)', () => passes('auto-highlight-yellow'));
});

describe('indents from paragraph styles and list levels (attack 72)', () => {
  it.each(['style-ind', 'style-ind-based', 'list-ind'])('%s pushes 政务新媒体 out of its cell', (name) => {
    refused(name, /段落缩进把文字推出单元格的文字/);
  });
  it("the paragraph's own w:ind over the style's wins, and the text stays in the cell (control)", () => passes('style-ind-overridden'));
});

describe('text raised or lowered out of its line (attack 76)', () => {
  it.each(['position-down', 'position-up'])('%s: 政务新媒体 drawn in another row is refused', (name) => {
    refused(name, /上移或下移出所在行的文字/);
  });
  it('raised 3 pt stays on its line (control)', () => passes('position-small'));
});

describe('embossed and engraved text (attack 78)', () => {
  it.each(['emboss', 'imprint'])('%s: drawn white on the white cell, refused', (name) => refused(name, /白色或与底色相同颜色的文字/));
  it('outlined text is drawn dark, and shows (control)', () => passes('outline'));
});

describe('a floating table nested in a cell (attack 79)', () => {
  it("a white one-cell table with w:tblpPr in 招生范围's 备注 cell is refused like a text box", () => {
    const found = hidden('floating');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/（招生范围）有读者看不到的内容：单元格中的图片、图形或文本框/);
    expect(filing('floating').status).toBe('error');
  });
  it('the same table in the flow of the cell (not floating) covers nothing (control)', () => {
    expect(hidden('nested-plain')).toEqual([]);
  });
});

describe('words in a list number (attack 73)', () => {
  it('a list level whose number text is “（已停用）” is refused: the reader sees “（已停用）政务新媒体”', () => {
    refused('list-words', /编号或项目符号中的文字.*（已停用）政务新媒体/);
  });
  it.each(['list-cross', 'list-times'])('%s: a cross as the bullet before 政务新媒体 (Wingdings û, a plain ×) is refused', (name) =>
    refused(name, /编号或项目符号中的文字/),
  );
  it('a numbered paragraph “（1）” with an ordinary hanging indent is read (control)', () => passes('list-plain'));
  it("Word's arrow bullet (Wingdings Ø) is a picture, and is read (control)", () => passes('list-bullet'));
});
