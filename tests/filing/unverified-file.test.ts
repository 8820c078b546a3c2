/** unverified-file: Word, spreadsheets, OFD, images and notice PDFs in an inbox are listed as 未核验, never dropped. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCatalogue } from '../../src/build/render.js';
import { expandFilings } from '../../src/app/verify-inputs.js';
import { templatesDir, toolVersion } from '../../src/util/paths.js';
import { checkCatalogue, tempDir, verify, verifyEnv } from './helpers.js';

const rule = 'unverified-file';
const dir = tempDir();
const NAMES = ['a.docx', 'b.xlsx', 'c.ofd', 'd.jpg', 'weihui.notice.pdf', 'readme.txt'];

beforeAll(async () => {
  for (const n of NAMES) writeFileSync(join(dir, n), 'x');
  // A notice PDF under a filing's name: recognised by its embedded manifest.
  const templates = {
    notice: readFileSync(join(templatesDir, 'notice.hbs'), 'utf8'),
    filing: readFileSync(join(templatesDir, 'filing.hbs'), 'utf8'),
    portal: '',
  };
  const [notice] = await renderCatalogue({
    checked: checkCatalogue('catalogues/weihui.yaml'),
    date: { iso: '2020-10-28', undated: false },
    templates,
    selection: { notice: true, filing: false, html: false, docx: false, pdf: true },
    profile: 'gbt9704',
    toolVersion: toolVersion(),
  });
  writeFileSync(join(dir, 'weihui.filing.pdf'), notice!.bytes as Uint8Array);
  // A genuine notice under its own name: verified (it paints what its source does), then listed as the notice.
  writeFileSync(join(dir, 'weihui.notice.pdf'), notice!.bytes as Uint8Array);
  writeFileSync(join(dir, 'forged.notice.pdf'), 'x');
});

describe(rule, () => {
  it('lists every file of a folder, not only PDFs and YAML', () => {
    expect(
      expandFilings([dir], dir, 'zh')
        .map((p) => p.slice(dir.length + 1))
        .sort(),
    ).toEqual([...NAMES, 'weihui.filing.pdf', 'forged.notice.pdf'].sort());
  });

  it.each([
    ['a.docx', 'table'],
    ['b.xlsx', 'table'],
    ['c.ofd', 'ofd'],
    ['d.jpg', 'image'],
    ['weihui.notice.pdf', 'notice'],
    ['readme.txt', 'default'],
  ])('%s is not verified (%s)', async (name) => {
    const o = await verify(join(dir, name), verifyEnv(dir));
    expect(o.result.integrity).toBe('skipped');
    expect(o.result.diagnostics.map((d) => [d.rule, d.severity])).toEqual([[rule, 'warning']]);
    expect(o.result.diagnostics[0]?.message).toMatch(/^未核验：/);
  });

  it('does not skip a PDF by its name: a *.notice.pdf that is no notice is verified (a7)', async () => {
    const o = await verify(join(dir, 'forged.notice.pdf'), verifyEnv(dir));
    expect(o.result.integrity).not.toBe('skipped');
    expect(o.result.diagnostics.map((d) => d.severity)).toContain('error');
  });

  it('recognises a notice PDF by its embedded manifest, whatever its name', async () => {
    const o = await verify(join(dir, 'weihui.filing.pdf'), verifyEnv(dir));
    expect(o.result.integrity).toBe('skipped');
    expect(o.result.diagnostics[0]?.message).toContain('印发通知');
  });
});
