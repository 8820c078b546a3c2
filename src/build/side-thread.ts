/**
 * A worker thread for the DOCX and HTML half of a build (side.ts), so that on two cores they are made
 * while the main thread paints the PDFs. Started before the catalogues are checked, it has loaded docx
 * and handlebars by the time the first job comes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SideThreadError, type SideJob, type SideOutput } from './side.js';
import type { SideReply, SideRequest } from './side-worker.js';

const workerUrl = new URL('./side-worker.js', import.meta.url);
const YOUNG_GENERATION_MB = 8;

interface Pending {
  readonly resolve: (output: SideOutput) => void;
  readonly reject: (error: Error) => void;
}

/** An error from the worker, rebuilt with its name (TemplateError, …) so callers can tell them apart. */
function rebuilt(error: { name: string; message: string; stack?: string }): Error {
  const e = new Error(error.message);
  e.name = error.name;
  if (error.stack) e.stack = error.stack;
  return e;
}

export class SideThread {
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: SideReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if ('error' in reply) waiting.reject(rebuilt(reply.error));
      else waiting.resolve(reply.output);
    });
    const fail = (error: Error): void => {
      this.failure ??= error;
      for (const waiting of this.pending.values()) waiting.reject(this.failure);
      this.pending.clear();
    };
    worker.on('error', (error) => fail(new SideThreadError(`the DOCX/HTML worker failed: ${error.message}`)));
    worker.on('exit', (code) => fail(new SideThreadError(`the DOCX/HTML worker stopped (exit code ${code})`)));
  }

  /**
   * A started worker, or undefined where there is none to start (running from the TypeScript sources).
   * `url` is for tests: another worker script.
   */
  static start(url: URL = workerUrl): SideThread | undefined {
    if (!existsSync(fileURLToPath(url))) return undefined;
    // A small young generation: docx's short-lived objects are collected sooner, and the worker's own
    // heap adds ~20 MB instead of ~45 MB to the build's peak (measured 213–230 against 243–252 MB).
    return new SideThread(new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  }

  render(job: SideJob): Promise<SideOutput> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<SideOutput>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, job } satisfies SideRequest);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new SideThreadError('the DOCX/HTML worker was closed');
    await this.worker.terminate();
  }
}
