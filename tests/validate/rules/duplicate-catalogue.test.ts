/** duplicate-catalogue: two input files with one catalogue id are an error on both, and build writes nothing. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'catalog-dupcat-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
mkdirSync(join(work, 'catalogues'));
cpSync(join(repoRoot, 'catalogues', 'weihui.yaml'), join(work, 'catalogues', 'weihui.yaml'));
writeFileSync(
  join(work, 'catalogues', 'huixian.yaml'),
  readFileSync(join(repoRoot, 'catalogues', 'huixian.yaml'), 'utf8').replace(/^id: huixian$/m, 'id: weihui'),
);

describe('duplicate-catalogue', () => {
  it('check reports both files, each naming the other, at the id (exit 1)', () => {
    const r = runCli(['check'], work);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.includes('duplicate-catalogue'));
    expect(lines).toEqual([
      '  9:5  错误  目录编号“weihui”与“catalogues/weihui.yaml”重复。生成的文件以编号命名（weihui.notice.pdf 等），重复时后一个会覆盖前一个：请给每个目录一个唯一的 id  duplicate-catalogue',
      '  6:5  错误  目录编号“weihui”与“catalogues/huixian.yaml”重复。生成的文件以编号命名（weihui.notice.pdf 等），重复时后一个会覆盖前一个：请给每个目录一个唯一的 id  duplicate-catalogue',
    ]);
  });

  it('names several other files in the language of the message (English quotes with --lang en)', () => {
    const three = join(work, 'three');
    mkdirSync(three);
    for (const name of ['a', 'b', 'c']) cpSync(join(repoRoot, 'catalogues', 'weihui.yaml'), join(three, `${name}.yaml`));
    const en = runCli(['check', '--lang', 'en', 'a.yaml', 'b.yaml', 'c.yaml'], three);
    expect(en.stdout).toContain('is also used by "b.yaml", "c.yaml".');
    expect(en.stdout).not.toMatch(/[“”]/u);
    const zh = runCli(['check', 'a.yaml', 'b.yaml', 'c.yaml'], three);
    expect(zh.stdout).toContain('与“b.yaml”“c.yaml”重复');
  });

  it('build refuses and writes nothing', () => {
    const r = runCli(['build', '-o', 'out', '--format', 'json', '--lang', 'en'], work);
    expect(r.status).toBe(1);
    const files = (JSON.parse(r.stdout) as { files: { file: string; ok: boolean; diagnostics: { rule: string; target?: string }[] }[] }).files;
    expect(files.map((f) => [f.file, f.ok, f.diagnostics.filter((d) => d.rule === 'duplicate-catalogue').map((d) => d.target)])).toEqual([
      ['catalogues/huixian.yaml', false, ['weihui']],
      ['catalogues/weihui.yaml', false, ['weihui']],
    ]);
    expect(existsSync(join(work, 'out'))).toBe(false);
  });

  it('two versions of one municipal baseline (NAME@VERSION) may be checked together, but not built together (outputs are named by id)', () => {
    mkdirSync(join(work, 'catalogues', 'xinxiang'), { recursive: true });
    const text2020 = readFileSync(join(repoRoot, 'catalogues', 'xinxiang', '2020.yaml'), 'utf8');
    writeFileSync(join(work, 'catalogues', 'xinxiang', '2020.yaml'), text2020);
    writeFileSync(join(work, 'catalogues', 'xinxiang', '2024.yaml'), text2020.replace('version: "2020"', 'version: "2024"'));
    const check = runCli(['check', 'catalogues/xinxiang'], work);
    expect(check.stdout).not.toContain('duplicate-catalogue');
    expect(check.status).toBe(0);
    const build = runCli(['build', 'catalogues/xinxiang', '--only', 'html', '-o', 'out-municipal'], work);
    expect(build.status).toBe(1);
    expect(build.stdout).toContain('目录编号“xinxiang”与“catalogues/xinxiang/2024.yaml”重复');
    expect(existsSync(join(work, 'out-municipal'))).toBe(false);
  });

  it('is quiet when every input has its own id', () => {
    const r = runCli(['check', 'catalogues/weihui.yaml', join(repoRoot, 'catalogues', 'huixian.yaml')], work);
    expect(r.stdout).not.toContain('duplicate-catalogue');
  });
});
