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
writeFileSync(join(work, 'catalogues', 'huixian.yaml'), readFileSync(join(repoRoot, 'catalogues', 'huixian.yaml'), 'utf8').replace(/^id: huixian$/m, 'id: weihui'));

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

  it('is quiet when every input has its own id', () => {
    const r = runCli(['check', 'catalogues/weihui.yaml', join(repoRoot, 'catalogues', 'huixian.yaml')], work);
    expect(r.stdout).not.toContain('duplicate-catalogue');
  });
});
