/**
 * hidden-content, red team round 8 (branch redteam19, Word; attacks/FINDINGS-office.md): floating objects placed
 * over the catalogue table from outside it. A black rectangle (wp:anchor) in the footer of the table's section,
 * placed by the page over the page's body (LibreOffice draws it over the table on every page of the section); the
 * same anchored in the attachment's title paragraph, placed from the paragraph down over the table (LibreOffice draws
 * it over the first rows); a VML rectangle with position:absolute there; a framed paragraph (w:framePr) below the
 * title. Each passed as 通过 before. Controls: the filing as built (its landscape footers hold a floating page-number
 * table in the left margin), a footer rectangle placed by the page below the body, a rectangle anchored in the
 * footer of the report's section (which holds no table).
 * Also 招生范围's channel cell marked as a tracked cell deletion (w:cellDel: read as present before), and set to fit
 * its text (w:tcFitText) with 政务新媒体 padded by 200 ideographic spaces (Word squeezes the line, spaces included,
 * into the cell; LibreOffice ignores w:tcFitText, so only Word's documented behaviour says what shows).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';
import { builtWordFiling } from './verify-folder.js';

const dir = tempDir('word-round8-');
let built: Uint8Array;

/** A rectangle of 8000000 × 3800000 EMU filled `fill`, anchored from `h`/`v` at vertical offset `y` (EMU). */
const anchor = (h: string, v: string, y: number): string =>
  `<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="${h}"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="${v}"><wp:posOffset>${y}</wp:posOffset></wp:positionV><wp:extent cx="8000000" cy="3800000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="100" name="Rect 1"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="8000000" cy="3800000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
const VML =
  '<w:r><w:pict><v:rect style="position:absolute;margin-left:0;margin-top:60pt;width:700pt;height:300pt;z-index:10" fillcolor="#000000" stroked="f"/></w:pict></w:r>';
const FRAME =
  '<w:p><w:pPr><w:framePr w:w="12000" w:h="6000" w:hRule="exact" w:vAnchor="text" w:hAnchor="margin" w:y="1200"/><w:shd w:val="clear" w:color="auto" w:fill="000000"/></w:pPr><w:r><w:t> </w:t></w:r></w:p>';

/** The attachment's title paragraph (the last one naming the catalogue, just above the table). */
const TITLE = '卫辉市义务教育领域基层政务公开标准目录</w:t></w:r>';
function inTitle(doc: string, run: string): string {
  const at = doc.lastIndexOf(TITLE) + TITLE.length;
  return doc.slice(0, at) + run + doc.slice(at);
}
function afterTitle(doc: string, p: string): string {
  const at = doc.indexOf('</w:p>', doc.lastIndexOf(TITLE)) + '</w:p>'.length;
  return doc.slice(0, at) + p + doc.slice(at);
}

/** 招生范围's channel cell: `tcPr` added to its properties, `pad` after its 政务新媒体. */
function channelCell(doc: string, tcPr: string, pad = ''): string {
  const at = doc.indexOf('政务新媒体</w:t>', doc.indexOf('招生范围</w:t>'));
  const props = doc.lastIndexOf('<w:tcPr>', at) + '<w:tcPr>'.length;
  const end = at + '政务新媒体'.length;
  return doc.slice(0, props) + tcPr + doc.slice(props, end) + pad + doc.slice(end);
}

/** The built filing with `part` passed through `edit` (which must change it). */
function edited(part: string, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(built);
  const xml = strFromU8(parts[part] as Uint8Array);
  const out = edit(xml);
  expect(out).not.toBe(xml);
  parts[part] = strToU8(out);
  return zipSync(parts);
}
const inFooter = (part: string, run: string) => edited(part, (x) => x.replace('</w:p></w:ftr>', `${run}</w:p></w:ftr>`));

interface Filing {
  file: string;
  status?: string;
  diagnostics: { rule: string; severity: string; line: number; message: string }[];
}
let files: Filing[] = [];
const filing = (name: string): Filing | undefined => files.find((f) => f.file === `in/${name}.docx`);
const hidden = (name: string): Filing['diagnostics'] => (filing(name)?.diagnostics ?? []).filter((d) => d.rule === 'hidden-content');

beforeAll(() => {
  built = builtWordFiling(dir, join(repoRoot, 'catalogues', 'weihui.yaml'));
  // footer3.xml is the landscape (table) section's default footer; footer1.xml the report's.
  const cases: Record<string, Uint8Array> = {
    'as-built': built,
    'footer-anchor': inFooter('word/footer3.xml', anchor('page', 'page', 2500000)),
    'footer-anchor-below': inFooter('word/footer3.xml', anchor('page', 'page', 7300000)),
    'report-footer-anchor': inFooter('word/footer1.xml', anchor('page', 'page', 2500000)),
    'title-anchor': edited('word/document.xml', (x) => inTitle(x, anchor('margin', 'paragraph', 762000))),
    'title-vml': edited('word/document.xml', (x) => inTitle(x, VML)),
    'title-frame': edited('word/document.xml', (x) => afterTitle(x, FRAME)),
    'cell-del': edited('word/document.xml', (x) => channelCell(x, '<w:cellDel w:id="905" w:author="a" w:date="2020-01-01T00:00:00Z"/>')),
    'fit-padded': edited('word/document.xml', (x) => channelCell(x, '<w:tcFitText/>', '\u3000'.repeat(200))),
    'fit-plain': edited('word/document.xml', (x) => channelCell(x, '<w:tcFitText/>')),
  };
  mkdirSync(join(dir, 'in'));
  for (const [name, bytes] of Object.entries(cases)) writeFileSync(join(dir, 'in', `${name}.docx`), bytes);
  const v = runCli(['verify', 'in', '--format', 'json'], dir, {}, 120_000);
  expect(v.stderr).not.toMatch(/\n\s+at /);
  files = (JSON.parse(v.stdout) as { files: Filing[] }).files;
  expect(files.length).toBe(Object.keys(cases).length);
}, 240_000);

describe('Word: floating objects laid over the table from outside it (attack o2)', () => {
  it.each(['footer-anchor', 'title-anchor', 'title-vml', 'title-frame'])('%s is refused', (name) => {
    const found = hidden(name);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(found[0]?.message).toMatch(/浮动放置、可能盖在表格上的图形/);
    expect(filing(name)?.status).toBe('error');
  });
  it.each(['as-built', 'footer-anchor-below', 'report-footer-anchor'])('%s passes (control)', (name) => {
    expect(hidden(name)).toEqual([]);
    expect(filing(name)?.status).toBe('ok');
  });
});

describe('Word: a channel cell deleted as a tracked change, or fitted padded with spaces (attacks o5, o6)', () => {
  it("w:cellDel on 招生范围's channel cell is refused as an unaccepted deletion", () => {
    const found = hidden('cell-del');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/未处理的修订（已删除但仍保留）“政府网站/);
    expect(filing('cell-del')?.status).toBe('error');
  });
  it('w:tcFitText with 政务新媒体 padded by 200 ideographic spaces is refused as squeezed out of sight', () => {
    const found = hidden('fit-padded');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/字号极小（小于 4 磅）或压缩得看不见的文字“政府网站/);
    expect(filing('fit-padded')?.status).toBe('error');
  });
  it('w:tcFitText on the cell as it is passes (control)', () => {
    expect(hidden('fit-plain')).toEqual([]);
    expect(filing('fit-plain')?.status).toBe('ok');
  });
});
