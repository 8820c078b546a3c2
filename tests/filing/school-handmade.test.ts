/**
 * A county receiving its schools' filings (`verify --baseline COUNTY.yaml`) reads a hand-made school table as a
 * school catalogue extending that county file: leaving items out is a school's right (info), not an error.
 * Before, the table was read as a county catalogue under the city and every removal was an error.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';

interface JsonFile {
  file: string;
  status: string;
  integrity: string;
  diagnostics: { rule: string; severity: string }[];
}

const dir = tempDir();
const county = join(repoRoot, 'catalogues', 'weihui.yaml');

beforeAll(() => {
  const built = runCli(['build', join(repoRoot, 'catalogues', 'schools', 'weihui-shiyan.yaml'), '--only', 'filing,docx', '--out', 'built'], dir, {
    SOURCE_DATE_EPOCH: '1764000000',
  });
  expect(built.status, built.stderr).toBe(0);
  mkdirSync(join(dir, '学校收文'));
  copyFileSync(join(dir, 'built', 'weihui-shiyan.filing.docx'), join(dir, '学校收文', '实验学校备案表.docx'));
  // The same school's table under the file name of another listed school, whose name begins with it (red team).
  mkdirSync(join(dir, '分校收文'));
  copyFileSync(join(dir, 'built', 'weihui-shiyan.filing.docx'), join(dir, '分校收文', 'fenxiao.docx'));
  writeFileSync(join(dir, '学校名单.csv'), '单位,编号\n卫辉市实验学校,shiyan\n卫辉市实验学校分校,fenxiao\n');
  // 分校's own table, filed under the main school's file name.
  const fenxiao = readFileSync(join(repoRoot, 'catalogues', 'schools', 'weihui-shiyan.yaml'), 'utf8')
    .replace(/^id: .*$/m, 'id: fenxiao')
    .replace(/^(region|issuer): 卫辉市实验学校$/gm, '$1: 卫辉市实验学校分校')
    .replace(/^title: .*$/m, 'title: 卫辉市实验学校分校校务公开标准目录')
    .replace(/^extends: .*$/m, `extends: ${JSON.stringify(county)}`);
  writeFileSync(join(dir, 'fenxiao.yaml'), fenxiao);
  const own = runCli(['build', 'fenxiao.yaml', '--only', 'filing,docx', '--out', 'built'], dir, { SOURCE_DATE_EPOCH: '1764000000' });
  expect(own.status, own.stderr).toBe(0);
  mkdirSync(join(dir, '分校自报'));
  copyFileSync(join(dir, 'built', 'fenxiao.filing.docx'), join(dir, '分校自报', 'shiyan.docx'));
}, 120_000);

function verify(extra: readonly string[]): { status: number; file: JsonFile | undefined } {
  const r = runCli(['verify', '学校收文', '--format', 'json', ...extra], dir);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { status: r.status, file: (JSON.parse(r.stdout) as { files: JsonFile[] }).files[0] };
}

describe('verify --baseline COUNTY.yaml: a hand-made school table', () => {
  it('is read as a school catalogue of that county: the items it leaves out are info, the filing passes', () => {
    const { status, file } = verify(['--baseline', county]);
    expect(status).toBe(0);
    expect(file).toMatchObject({ integrity: 'handmade', status: 'ok' });
    const removed = file?.diagnostics.filter((d) => d.rule.startsWith('removed-')) ?? [];
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.every((d) => d.severity === 'info')).toBe(true);
  });
  it('the same table filed with the city is a school filing there: one unexpected-filing-kind error, not the county rules', () => {
    const { status, file } = verify([]);
    expect(status).toBe(1);
    expect(file?.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['unexpected-filing-kind']);
  });
});

describe('catalog import --extends COUNTY.yaml', () => {
  it('writes a school catalogue (kind: school, the school as region and issuer, remove: for what the table leaves out) that checks clean', () => {
    const r = runCli(['import', join('学校收文', '实验学校备案表.docx'), '--extends', county, '--id', 'shiyan', '-o', 'shiyan.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = readFileSync(join(dir, 'shiyan.yaml'), 'utf8');
    expect(text).toMatch(/^kind: school$/m);
    expect(text).toMatch(/^region: 卫辉市实验学校$/m);
    expect(text).toMatch(/^issuer: 卫辉市实验学校$/m);
    expect(text).toMatch(/^remove:\n {2}- private/m);
    expect(runCli(['check', 'shiyan.yaml'], dir).status).toBe(0);
  });
});

interface UnitJson {
  id: string;
  state: string;
  file: string | null;
}

/** The decision rows of a school inbox verified at the county against the list of its schools. */
function decided(inbox: string): UnitJson[] {
  const r = runCli(['verify', inbox, '--baseline', county, '--expect', '学校名单.csv', '--report', `${inbox}.json`], dir);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return (JSON.parse(readFileSync(join(dir, `${inbox}.json`), 'utf8')) as { units: UnitJson[] }).units;
}

describe('verify --expect: a hand-made table counts for the school its title names, whatever the file is called (red team)', () => {
  it("卫辉市实验学校's table named fenxiao.docx does not make 卫辉市实验学校分校 filed", () => {
    const units = decided('分校收文');
    expect(units.find((u) => u.id === 'fenxiao')).toMatchObject({ state: 'missing' });
    expect(units.find((u) => u.id === 'shiyan')).toMatchObject({ state: 'filed', file: '分校收文/fenxiao.docx' });
  });
  it("分校's own table named shiyan.docx is 分校's, not the main school's", () => {
    const units = decided('分校自报');
    expect(units.find((u) => u.id === 'shiyan')).toMatchObject({ state: 'missing' });
    expect(units.find((u) => u.id === 'fenxiao')).toMatchObject({ state: 'filed', file: '分校自报/shiyan.docx' });
  });
});
