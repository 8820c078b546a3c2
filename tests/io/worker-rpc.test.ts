/** The worker messaging shared by build and verify: answers by id, errors with their names, a stopped or hung worker fails its calls. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WorkerClient, WorkerStopped } from '../../src/io/worker-rpc.js';
import { tempDir } from '../filing/helpers.js';

/** A worker speaking the protocol by hand (the sources are TypeScript; a worker thread runs JavaScript). */
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, job }) => {
  if (job === 'exit') process.exit(4);
  if (job === 'hang') return;
  if (job === 'fail') return parentPort.postMessage({ id, error: { name: 'TemplateError', message: 'bad template' } });
  setTimeout(() => parentPort.postMessage({ id, result: job * 2 }), job === 1 ? 50 : 0);
});
`;

function client(): WorkerClient<unknown, number> {
  const url = pathToFileURL(join(tempDir(), 'worker.mjs'));
  writeFileSync(url, WORKER);
  return new WorkerClient<unknown, number>(url);
}

describe('WorkerClient', () => {
  it('matches answers to calls by id, whatever order they come in', async () => {
    const c = client();
    try {
      expect(await Promise.all([c.call(1), c.call(2), c.call(3)])).toEqual([2, 4, 6]);
    } finally {
      await c.close();
    }
  });

  it("rejects with the job's error under its own name, and goes on", async () => {
    const c = client();
    try {
      await expect(c.call('fail')).rejects.toMatchObject({ name: 'TemplateError', message: 'bad template' });
      expect(await c.call(5)).toBe(10);
    } finally {
      await c.close();
    }
  });

  it('rejects every waiting call with WorkerStopped when the worker exits, and every later one', async () => {
    const c = client();
    const waiting = c.call(1);
    await expect(c.call('exit')).rejects.toMatchObject({ name: 'WorkerStopped', reason: 'exit' });
    await expect(waiting).rejects.toBeInstanceOf(WorkerStopped);
    await expect(c.call(2)).rejects.toBeInstanceOf(WorkerStopped);
  });

  it('gives up on a call that gets no answer in time', async () => {
    const c = client();
    await expect(c.call('hang', 200)).rejects.toMatchObject({ name: 'WorkerStopped', reason: 'timeout' });
    await c.close();
  });
});
