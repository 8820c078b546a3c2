/** The commands touch files only through the host: against an in-memory AppFs, what they write lands in memory, never on disk. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build } from '../../src/app/build.js';
import { fix } from '../../src/app/fix.js';
import { init } from '../../src/app/init.js';
import { repoRoot } from '../helpers/cli.js';
import { MemoryFs, memoryHost } from '../helpers/memory-fs.js';

let work = '';
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'catalog-hostfs-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Every path below `dir` on disk, folders with a trailing /. */
function onDisk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1) + (e.isDirectory() ? '/' : ''))
    .sort();
}

describe('init over an in-memory file system', () => {
  it('writes the new catalogue (and its folder) into memory; the working folder on disk stays empty', async () => {
    const fs = new MemoryFs();
    const r = await init({ region: '卫辉市', id: 'weihui' }, memoryHost(work, fs));
    expect(r.code, JSON.stringify(r.output)).toBe(0);
    expect(fs.dirs).toEqual(new Set([join(work, 'catalogues')]));
    expect([...fs.files.keys()]).toEqual([join(work, 'catalogues', 'weihui.yaml')]);
    expect(fs.text(join(work, 'catalogues', 'weihui.yaml'))).toMatch(/^id: weihui$/m);
    expect(onDisk(work)).toEqual([]);
  });

  it('sees a file that exists only in memory, and will not overwrite it without --force', async () => {
    const fs = new MemoryFs();
    fs.dirs.add(join(work, 'catalogues'));
    fs.files.set(join(work, 'catalogues', 'weihui.yaml'), new TextEncoder().encode('kept'));
    await expect(init({ region: '卫辉市', id: 'weihui', lang: 'en' }, memoryHost(work, fs))).rejects.toThrow(
      '"catalogues/weihui.yaml" already exists and was left as it is',
    );
    expect(fs.text(join(work, 'catalogues', 'weihui.yaml'))).toBe('kept');
  });
});

describe('build over an in-memory file system', () => {
  it('stages and moves its outputs in memory (twice: the second replaces the first); no output folder on disk', async () => {
    cpSync(join(repoRoot, 'catalogues', 'weihui.yaml'), join(work, 'weihui.yaml'));
    const fs = new MemoryFs();
    const host = memoryHost(work, fs);
    for (let run = 0; run < 2; run += 1) {
      const r = await build(['weihui.yaml'], { out: 'out', only: 'html' }, host);
      expect(r.code, JSON.stringify(r.output)).toBe(0);
    }
    expect([...fs.files.keys()]).toEqual([join(work, 'out', 'weihui.html')]);
    expect([...fs.dirs]).toEqual([join(work, 'out')]);
    expect(fs.text(join(work, 'out', 'weihui.html'))).toMatch(/^<!DOCTYPE html>/i);
    expect(onDisk(work)).toEqual(['weihui.yaml']);
  });
});

describe('fix over an in-memory file system', () => {
  it('writes the fixed file into memory, over the disk file, which keeps its bytes', async () => {
    const source = [
      'id: yanjin',
      'kind: county',
      'region: 延津县',
      'title: 延津县义务教育领域基层政务公开标准目录',
      'issuer: 延津县教育局',
      'extends: xinxiang@2020',
      'categories:',
      '  - id: enrollment',
      '    items:',
      '      - id: enrollment.results',
      '        content:',
      '          - 招生结果(不含个人隐私信息)',
      '          - 咨询及监督举报电话',
      '',
    ].join('\n');
    const path = join(work, 'yanjin.yaml');
    writeFileSync(path, source);
    const fs = new MemoryFs();
    const r = await fix(['yanjin.yaml'], {}, memoryHost(work, fs));
    expect(r.code, JSON.stringify(r.output)).toBe(0);
    expect([...fs.files.keys()]).toEqual([path]);
    expect(fs.text(path)).toContain('招生结果（不含个人隐私信息）');
    expect(readFileSync(path, 'utf8')).toBe(source);
    expect(onDisk(work)).toEqual(['yanjin.yaml']);
  });
});
