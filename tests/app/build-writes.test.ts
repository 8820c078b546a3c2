/** A build writes all of its outputs or none: a failure half-way (a full disk, a folder in the way) leaves the previous set whole. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAll } from '../../src/app/stage.js';
import type { AppFs } from '../../src/io/fs.js';
import { nodeFs } from '../../src/io/node-fs.js';
import { bin, repoRoot, runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'catalog-writes-'));
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f)).toString('base64')]),
  );
let previous: Record<string, string> = {};

beforeAll(() => {
  cpSync(join(repoRoot, 'catalogues'), join(work, 'catalogues'), { recursive: true });
  const r = runCli(['build', 'catalogues/weihui.yaml', '-o', 'out'], work);
  expect(r.status, r.stderr).toBe(0);
  previous = snapshot(join(work, 'out'));
  // The next build would change every file.
  const file = join(work, 'catalogues', 'weihui.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1（修订）'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('build writes all or nothing (through the CLI)', () => {
  it.skipIf(process.platform === 'win32')(
    'a full disk half-way (writes over 100 KB fail: ulimit -f) leaves the previous files whole, and no staging folder',
    () => {
      const r = spawnSync('bash', ['-c', `ulimit -f 100; exec "${process.execPath}" "${bin}" build catalogues/weihui.yaml -o out`], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(
        /^无法写入“out\/weihui\.[a-z]+\.pdf”：EFBIG（检查文件夹是否存在、有无写入权限、磁盘空间是否足够，或文件是否被其他程序打开）。未写入任何文件，原有文件保持不变\n$/,
      );
      expect(snapshot(join(work, 'out'))).toEqual(previous);
      expect(readdirSync(join(work, 'out')).filter((f) => f.startsWith('.'))).toEqual([]);
    },
  );

  it('a folder in the way of one output: nothing is replaced, exit 2', () => {
    mkdirSync(join(work, 'out2', 'weihui.notice.pdf'), { recursive: true });
    writeFileSync(join(work, 'out2', 'weihui.html'), 'old page');
    const r = runCli(['build', 'catalogues/weihui.yaml', '-o', 'out2', '--lang', 'en'], work);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'Cannot write "out2/weihui.notice.pdf": EISDIR (does the folder exist and is it writable, is the disk full, or is the file open in another program?). Nothing was written; the previous files are unchanged\n',
    );
    expect(readdirSync(join(work, 'out2')).sort()).toEqual(['weihui.html', 'weihui.notice.pdf']);
    expect(readFileSync(join(work, 'out2', 'weihui.html'), 'utf8')).toBe('old page');
  });
});

/** The disk, except that the n-th call of `op` fails like a full disk. */
function failing(op: 'writeFile' | 'rename', n: number): AppFs {
  let calls = 0;
  const wrapped = ((...args: unknown[]) => {
    calls += 1;
    if (calls === n) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    return (nodeFs[op] as (...a: unknown[]) => unknown)(...args);
  }) as never;
  return { ...nodeFs, [op]: wrapped };
}

describe('writeAll', () => {
  const files = ['a.pdf', 'b.pdf', 'c.html'];
  const setUp = (): string => {
    const dir = mkdtempSync(join(work, 'unit-'));
    writeFileSync(join(dir, 'a.pdf'), 'old a');
    writeFileSync(join(dir, 'c.html'), 'old c');
    return dir;
  };
  const targets = (dir: string) => files.map((f) => ({ path: join(dir, f), bytes: `new ${f}`, shown: f }));

  it('writes every file and leaves no staging folder', () => {
    const dir = setUp();
    writeAll(nodeFs, dir, targets(dir), 'zh');
    expect(snapshot(dir)).toEqual(Object.fromEntries(files.map((f) => [f, Buffer.from(`new ${f}`).toString('base64')])));
  });

  it.each([1, 2, 3])('a write failing at file %i changes nothing', (n) => {
    const dir = setUp();
    const before = snapshot(dir);
    expect(() => writeAll(failing('writeFile', n), dir, targets(dir), 'en')).toThrow(`Cannot write "${files[n - 1]}": ENOSPC`);
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([1, 2, 3, 4, 5])('a rename failing at step %i is undone: the previous set stays whole', (n) => {
    const dir = setUp();
    const before = snapshot(dir);
    expect(() => writeAll(failing('rename', n), dir, targets(dir), 'zh')).toThrow('未写入任何文件，原有文件保持不变');
    expect(snapshot(dir)).toEqual(before);
  });
});
