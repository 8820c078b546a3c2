/** The worker pool: one outcome per filing in the jobs' order, whatever a worker does — answer, throw, exit or hang. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPool, Segments, type WorkerConfig } from '../../src/filing/pool.js';
import { tempDir } from './helpers.js';

/** A stand-in worker: its behaviour is named by the file it is given. */
const STAND_IN = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, job: path }) => {
  if (path.includes('exit')) process.exit(3);
  if (path.includes('throw')) throw new Error('the renderer fell over.');
  if (path.includes('hang')) for (;;);
  if (path.includes('reject')) return parentPort.postMessage({ id, error: { name: 'Error', message: 'could not verify.' } });
  parentPort.postMessage({ id, result: { result: { file: path, ok: true, diagnostics: [], integrity: 'ok', status: 'ok' }, facts: { deviations: [] } } });
});
`;

const config: WorkerConfig = {
  lang: 'zh',
  cwd: '/',
  baselinePath: '/b.yaml',
  baselineBytes: new Uint8Array(),
  baselineSha256: '',
  toolVersion: '0',
  maxBytes: 1,
  debug: false,
};

describe('runPool', () => {
  it('keeps going past workers that exit, throw, report failure or hang, and reports each of those filings', async () => {
    const dir = tempDir();
    const workerUrl = pathToFileURL(join(dir, 'stand-in.mjs'));
    writeFileSync(workerUrl, STAND_IN);
    const names = ['a.pdf', 'exit.pdf', 'b.pdf', 'throw.pdf', 'hang.pdf', 'reject.pdf', 'c.pdf'];
    const settled: number[] = [];
    const outcomes = await runPool(
      names.map((n) => ({ path: n, file: n })),
      {
        jobs: 2,
        timeoutSeconds: 1,
        config,
        workerUrl,
        onSettled: (done) => settled.push(done),
      },
    );
    const crashed = expect.stringMatching(/^核验这份文件时程序出错，已跳过（其他文件照常核验）：/);
    expect(outcomes.map((o) => [o.result.file, o.result.integrity, o.result.diagnostics.map((d) => d.message)])).toEqual([
      ['a.pdf', 'ok', []],
      ['exit.pdf', 'failed', [crashed]],
      ['b.pdf', 'ok', []],
      ['throw.pdf', 'failed', [crashed]],
      ['hang.pdf', 'failed', [expect.stringMatching(/^核验超过 1 秒未完成，已中止/)]],
      ['reject.pdf', 'failed', [crashed]],
      ['c.pdf', 'ok', []],
    ]);
    expect(outcomes[3]?.result.diagnostics[0]?.message).toContain('：the renderer fell over。请用 --debug');
    expect(settled).toEqual([1, 2, 3, 4, 5, 6, 7]);
  }, 30_000);

  it('gives each worker a run of neighbours, then lets it take from the back of the longest other run', () => {
    const queue = new Segments(7, 2);
    const taken: [number, number][] = [];
    // Slot 0 is fast (three takes per turn), slot 1 slow (one).
    for (let turn = 0; turn < 4; turn++) {
      for (const [slot, times] of [
        [0, 3],
        [1, 1],
      ] as const) {
        for (let i = 0; i < times; i++) {
          const id = queue.take(slot);
          if (id !== undefined) taken.push([slot, id]);
        }
      }
    }
    expect(taken).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 3],
      [0, 6],
      [0, 5],
      [0, 4],
    ]);
    expect(queue.take(0)).toBeUndefined();
    expect(queue.take(1)).toBeUndefined();
  });

  it('returns nothing for nothing', async () => {
    expect(await runPool([], { jobs: 2, timeoutSeconds: 1, config })).toEqual([]);
  });
});
