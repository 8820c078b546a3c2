/** The harness measures the compared pair (build and LibreOffice) in turns, each run of each counted. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number[];
}
interface Measured {
  wall?: Summary;
  failed?: string;
}
interface Measure {
  nodeCommand(args: string[]): unknown;
  measureInterleaved(entries: { cmd: unknown }[], opts: { cwd: string; warmup: number; runs: number; rssFile: string }): Measured[];
}
const m = (await import(new URL('../../bench/measure.mjs', import.meta.url).href)) as Measure;

const dir = mkdtempSync(join(tmpdir(), 'catalog-bench-measure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('measureInterleaved', () => {
  it('runs the commands in turns after a warm-up of each and reports every measured run', () => {
    const log = join(dir, 'order.txt');
    const append = (mark: string): unknown => m.nodeCommand(['-e', `require('fs').appendFileSync(${JSON.stringify(log)}, '${mark}')`]);
    const [a, b] = m.measureInterleaved([{ cmd: append('a') }, { cmd: append('b') }], { cwd: dir, warmup: 1, runs: 3, rssFile: join(dir, 'rss.txt') });
    expect(readFileSync(log, 'utf8')).toBe('abababab');
    expect(a!.wall!.runs).toHaveLength(3);
    expect(b!.wall!.runs).toHaveLength(3);
  });

  it('a command that fails stops only its own case', () => {
    const fail = m.nodeCommand(['-e', 'process.exit(3)']);
    const ok = m.nodeCommand(['-e', '']);
    const [bad, good] = m.measureInterleaved([{ cmd: fail }, { cmd: ok }], { cwd: dir, warmup: 1, runs: 2, rssFile: join(dir, 'rss.txt') });
    expect(bad!.failed).toMatch(/^exit 3/);
    expect(good!.wall!.runs).toHaveLength(2);
  });
});
