/**
 * Request and response over a worker thread, shared by build (DOCX/HTML beside the PDFs) and verify (the
 * pool): numbered requests, errors sent back with their names, and a worker that stops fails what it held.
 */
import { statSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * `bundled` (a worker bundled with its code cache by scripts/bundle-cli.mjs, npm run build) when it is there,
 * not older than `plain` (a tsc run since the build would leave it stale) and CATALOG_NO_BUNDLE is not set,
 * as bin/catalog.js decides for the CLI; else `plain`, the worker's module in lib/.
 */
export function bundledWorker(bundled: URL, plain: URL): URL {
  if (process.env.CATALOG_NO_BUNDLE) return plain;
  try {
    return statSync(bundled).mtimeMs >= statSync(plain).mtimeMs ? bundled : plain;
  } catch {
    return plain;
  }
}

/** An error as it crosses the thread boundary (an Error's own fields; its class is lost, its name kept). */
interface SentError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

interface Request<J> {
  readonly id: number;
  readonly job: J;
}

type Reply<R> = { readonly id: number; readonly result: R } | { readonly id: number; readonly error: SentError };

/** The worker itself stopped, hung or failed to start: not the job's own error. The caller retries in-thread or reports it. */
export class WorkerStopped extends Error {
  constructor(
    message: string,
    readonly reason: 'exit' | 'error' | 'timeout' | 'closed',
  ) {
    super(message);
    this.name = 'WorkerStopped';
  }
}

function sendError(e: unknown): SentError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e) };
  return { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
}

/** The error rebuilt on this side with its name (TemplateError, …), so callers can tell them apart. */
function receivedError(error: SentError): Error {
  const e = new Error(error.message);
  e.name = error.name;
  if (error.stack) e.stack = error.stack;
  return e;
}

/**
 * The worker's side: answers every request with `handle(job)`, in the order they finish; `transfer` names
 * buffers to move instead of copy.
 */
export function serve<J, R>(port: MessagePort, handle: (job: J) => Promise<R>, transfer: (result: R) => ArrayBuffer[] = () => []): void {
  port.on('message', (request: Request<J>) => {
    handle(request.job).then(
      (result) => port.postMessage({ id: request.id, result } satisfies Reply<R>, transfer(result)),
      (e: unknown) => port.postMessage({ id: request.id, error: sendError(e) } satisfies Reply<R>),
    );
  });
}

interface Pending<R> {
  readonly resolve: (result: R) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout | undefined;
}

/** The main thread's side of one worker: `call` sends a job and settles with its reply. */
export class WorkerClient<J, R> {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending<R>>();
  private nextId = 0;
  private failure: WorkerStopped | undefined;

  constructor(url: URL, options: WorkerOptions = {}) {
    this.worker = new Worker(url, options);
    this.worker.on('message', (reply: Reply<R>) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.settle(reply.id);
      if ('error' in reply) waiting.reject(receivedError(reply.error));
      else waiting.resolve(reply.result);
    });
    this.worker.on('error', (e: Error) => this.fail(new WorkerStopped(e.message, 'error')));
    this.worker.on('exit', (code) => this.fail(new WorkerStopped(`exit code ${code}`, 'exit')));
  }

  /** The job's result; rejects with the job's error, or with WorkerStopped (the worker is then of no further use). */
  call(job: J, timeoutMs?: number): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      const timer = timeoutMs === undefined ? undefined : setTimeout(() => this.fail(new WorkerStopped(`no answer in ${timeoutMs} ms`, 'timeout')), timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.worker.postMessage({ id, job } satisfies Request<J>);
    });
  }

  /** Stop the worker; calls still waiting reject with WorkerStopped ('closed'). */
  async close(): Promise<void> {
    this.fail(new WorkerStopped('the worker was closed', 'closed'));
    await this.worker.terminate();
  }

  private settle(id: number): void {
    clearTimeout(this.pending.get(id)?.timer);
    this.pending.delete(id);
  }

  private fail(error: WorkerStopped): void {
    const first = !this.failure;
    this.failure ??= error;
    for (const [id, waiting] of [...this.pending]) {
      this.settle(id);
      waiting.reject(error);
    }
    // A hung or failed worker is of no further use: stop it (an exit after this changes nothing).
    if (first && error.reason !== 'exit' && error.reason !== 'closed') void this.worker.terminate();
  }
}
