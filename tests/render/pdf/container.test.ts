/** The PDF as a file: PDF/A-3b container, embedded subset fonts, metadata and the embedded source, checked with qpdf and poppler. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { example, needs, pageSizes, rendered, run, tempDir, tempPdf } from './fixtures.js';

const WEIHUI = 'catalogues/weihui.yaml';

describe.skipIf(!needs('qpdf', 'pdffonts', 'pdfinfo', 'pdfdetach'))('the rendered PDF file (weihui)', () => {
  const files: Record<'notice' | 'filing', string> = { notice: '', filing: '' };
  beforeAll(async () => {
    files.notice = tempPdf(await rendered(WEIHUI, 'notice'));
    files.filing = tempPdf(await rendered(WEIHUI, 'filing'));
  });

  it.each(['notice', 'filing'] as const)('%s passes qpdf --check', (part) => {
    expect(run('qpdf', ['--check', files[part]])).toContain('No syntax or stream encoding errors');
  });

  it.each(['notice', 'filing'] as const)('%s embeds every font as a Unicode-mapped subset', (part) => {
    const rows = run('pdffonts', [files[part]]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row, row).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
  });

  it('the filing sets the 签发人 in the 楷体 substitute', () => {
    expect(run('pdffonts', [files.filing])).toContain('LXGWWenKai');
  });

  it.each(['notice', 'filing'] as const)('%s has A4 portrait pages, then landscape pages, then the 版记 page in portrait', (part) => {
    const sizes = pageSizes(files[part]).map(({ width, height }) =>
      Math.round(width) === 595 && Math.round(height) === 842 ? 'P' : Math.round(width) === 842 && Math.round(height) === 595 ? 'L' : '?',
    );
    // The 版记 page is even (封四): a blank page goes before it when the table ends on an even page.
    expect(sizes.join('')).toMatch(/^P+L+P{1,2}$/);
    expect(sizes.length % 2).toBe(0); // the 版记 is on an even page (封四)
  });

  it('is PDF 1.7 with the document metadata and the custom keys in the Info dictionary', () => {
    const info = run('pdfinfo', ['-custom', files.notice]);
    const ex = example(WEIHUI);
    expect(info).toMatch(/^Title:\s+卫辉市教育局关于印发《卫辉市义务教育领域基层政务公开标准目录》的通知$/m);
    expect(info).toMatch(/^Author:\s+卫辉市教育局$/m);
    expect(info).toMatch(/^Subject:\s+义务教育领域基层政务公开标准目录$/m);
    expect(info).toMatch(/^Keywords:\s+weihui, county, xinxiang@2020$/m);
    expect(info).toMatch(/^Creator:\s+catalog$/m);
    expect(info).toMatch(new RegExp(`^SourceSHA256:\\s+${ex.notice.info.sourceSha256}$`, 'm'));
    expect(info).toMatch(/^ToolVersion:\s+catalog 0\.1\.0-test$/m);
    expect(info).toMatch(/^Fonts:\s+title=NotoSerifSC-Bold .*fang=NotoSerifSC-Regular/m);
    // 2020-10-26 00:00 in Beijing is 2020-10-25 16:00 UTC.
    const dates = run('pdfinfo', ['-isodates', files.notice]);
    expect(dates).toMatch(/^CreationDate:\s+2020-10-25T16:00:00Z$/m);
    expect(dates).toMatch(/^ModDate:\s+2020-10-25T16:00:00Z$/m);
    expect(run('pdfinfo', [files.notice])).toMatch(/^PDF version:\s+1\.7$/m);
  });

  it('declares PDF/A-3b, the language and both XMP dates', () => {
    const raw = readFileSync(files.notice).toString('latin1');
    expect(raw).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(raw).toContain('<xmp:CreateDate>2020-10-25T16:00:00Z</xmp:CreateDate>');
    expect(raw).toContain('<xmp:ModifyDate>2020-10-25T16:00:00Z</xmp:ModifyDate>');
    expect(raw).toMatch(/\/Lang \(zh-CN\)/);
    expect(raw).toMatch(/\/AFRelationship \/Source/);
    expect(raw).toMatch(/\/AFRelationship \/Data/);
  });

  it('lists the attachments, and pdfdetach returns the source YAML byte for byte', () => {
    const list = run('pdfdetach', ['-list', files.notice]);
    expect(list).toMatch(/2 embedded files/);
    expect(list).toContain('source.yaml');
    expect(list).toContain('resolved.json');
    const out = join(tempDir(), 'source.yaml');
    run('pdfdetach', ['-savefile', 'source.yaml', '-o', out, files.notice]);
    expect(readFileSync(out).equals(Buffer.from(example(WEIHUI).source))).toBe(true);
  });

  it('stays well under 600 KB', () => {
    for (const part of ['notice', 'filing'] as const) expect(readFileSync(files[part]).length).toBeLessThan(600 * 1024);
  });
});

describe.skipIf(!needs('pdfinfo', 'xmllint'))('a title with XML characters', () => {
  it('keeps the XMP packet well-formed (escaped) and the Info title as written', async () => {
    const ex = example(WEIHUI);
    const title = '关于印发《A&B<C>》目录的通知';
    const { renderPdf } = await import('../../../src/render/pdf/index.js');
    const file = tempPdf(await renderPdf({ ...ex.notice, info: { ...ex.notice.info, title } }, ex.options));
    const raw = readFileSync(file).toString('utf8');
    const packet = raw.slice(raw.indexOf('<x:xmpmeta'), raw.indexOf('</x:xmpmeta>') + '</x:xmpmeta>'.length);
    expect(packet).toContain('关于印发《A&amp;B&lt;C&gt;》目录的通知');
    const xml = join(tempDir(), 'xmp.xml');
    writeFileSync(xml, packet);
    expect(run('xmllint', ['--noout', xml])).toBe('');
    expect(run('pdfinfo', [file])).toMatch(/^Title:\s+关于印发《A&B<C>》目录的通知$/m);
  });
});
