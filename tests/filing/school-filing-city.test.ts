/**
 * A school's filing sent to the city. Its PDF says (by its embedded source's chain: school → county → city) that it is
 * a school catalogue: one unexpected-filing-kind error. Its Word filing, read as a hand-made table, was read as a county
 * catalogue under the city: ~31 removed-item/removed-level errors and no word of what was wrong. A table whose title
 * names a school (卫辉市实验学校…) or says 校务公开 is now a school's: one unexpected-filing-kind error with the hint to
 * have the county verify it (verify --baseline COUNTY.yaml). It never passes the city: a county retitling its table as
 * a school's, or setting kind: school in its source, is still refused.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { withDocumentXml } from './office-table.js';
import { repoRoot, tempDir } from './helpers.js';

const dir = tempDir('school-city-');
const EPOCH = '1764000000';
const rule = 'unexpected-filing-kind';

interface JsonFile {
  file: string;
  status: string;
  diagnostics: { rule: string; severity: string; message: string }[];
}

function verify(files: readonly string[], extra: readonly string[] = []): { status: number; files: JsonFile[] } {
  const r = runCli(['verify', ...files, '--format', 'json', ...extra], dir, { SOURCE_DATE_EPOCH: EPOCH });
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { status: r.status, files: (JSON.parse(r.stdout) as { files: JsonFile[] }).files };
}

const problems = (f: JsonFile | undefined): { rule: string; severity: string }[] =>
  (f?.diagnostics ?? []).filter((d) => d.severity !== 'info').map((d) => ({ rule: d.rule, severity: d.severity }));

beforeAll(() => {
  const school = runCli(['build', join(repoRoot, 'catalogues', 'schools', 'weihui-shiyan.yaml'), '--only', 'filing', '--out', 'built'], dir, {
    SOURCE_DATE_EPOCH: EPOCH,
  });
  expect(school.status, school.stderr).toBe(0);
  const county = runCli(['build', join(repoRoot, 'catalogues', 'fengqiu.yaml'), '--only', 'filing,docx', '--out', 'built'], dir, {
    SOURCE_DATE_EPOCH: EPOCH,
  });
  expect(county.status, county.stderr).toBe(0);
  mkdirSync(join(dir, 'forged'));
  // A county's Word filing retitled as a school's (its rows still the county's).
  const retitled = withDocumentXml(readFileSync(join(dir, 'built', 'fengqiu.filing.docx')), (xml) =>
    xml.replaceAll('封丘县义务教育领域基层政务公开标准目录', '封丘县实验学校校务公开标准目录'),
  );
  writeFileSync(join(dir, 'forged', 'fengqiu.filing.docx'), retitled);
  // A county's source that says kind: school.
  writeFileSync(
    join(dir, 'forged', 'fengqiu.yaml'),
    readFileSync(join(repoRoot, 'catalogues', 'fengqiu.yaml'), 'utf8').replace(/^kind: county$/m, 'kind: school'),
  );
  writeFileSync(join(dir, '名单.csv'), '地区,编号\n卫辉市,weihui\n');
}, 180_000);

describe('verify (the city): a school filing', () => {
  it.each(['weihui-shiyan.filing.docx', 'weihui-shiyan.filing.pdf'])('%s is one unexpected-filing-kind error with the hint', (name) => {
    const { status, files } = verify([`built/${name}`]);
    expect(status).toBe(1);
    expect(problems(files[0])).toEqual([{ rule, severity: 'error' }]);
    const message = files[0]?.diagnostics.find((d) => d.rule === rule)?.message ?? '';
    expect(message).toContain('学校目录');
    expect(message).toContain('catalog verify --baseline');
    const en = verify([`built/${name}`], ['--lang', 'en']);
    const said = en.files[0]?.diagnostics.find((d) => d.rule === rule)?.message ?? '';
    expect(said).toContain('school catalogue');
    expect(said).toContain('catalog verify --baseline COUNTY.yaml');
  });

  it("the school's Word table is not counted as its county's filing", () => {
    const r = runCli(['verify', 'built/weihui-shiyan.filing.docx', '--expect', '名单.csv', '--report', 'r.json'], dir, { SOURCE_DATE_EPOCH: EPOCH });
    expect(r.status).toBe(1);
    const units = (JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { units: { id: string; state: string; region: string }[] }).units;
    expect(units.find((u) => u.id === 'weihui')?.state).toBe('missing');
    expect(units.find((u) => u.state !== 'missing')?.region).toBe('卫辉市实验学校');
  });

  it('a county dressed as a school does not pass: retitled table, or kind: school in its source', () => {
    const { status, files } = verify(['forged']);
    expect(status).toBe(1);
    expect(files).toHaveLength(2);
    for (const f of files) expect(f.status, f.file).toBe('error');
    expect(files.find((f) => f.file.endsWith('.docx'))?.diagnostics.map((d) => d.rule)).toContain(rule);
  });
});
