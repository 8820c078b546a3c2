/** A pool of worker threads verifying filings in parallel; a filing that hangs or crashes costs its worker, not the run. */
import { Worker } from 'node:worker_threads';
import type { FilingOutcome } from '../model/filing.js';
import type { Lang } from '../model/index.js';
import type { BureauScope } from './kinds.js';
import { failedOutcome } from './verify.js';

/** What every worker is started with (structured-cloned into it). */
export interface WorkerConfig {
  readonly lang: Lang;
  readonly cwd: string;
  readonly baselinePath: string;
  readonly baselineBytes: Uint8Array;
  readonly baselineSha256: string;
  readonly toolVersion: string;
  readonly maxBytes: number;
  readonly debug: boolean;
  /** What the bureau receives (default: county catalogues extending the baseline). */
  readonly scope?: BureauScope;
  /** verify --fonts: the bureau's trusted font folder. */
  readonly fontsDir?: string;
}

export interface WorkerRequest {
  readonly id: number;
  readonly path: string;
}

export type WorkerReply =
  | { readonly id: number; readonly outcome: FilingOutcome }
  | { readonly id: number; readonly error: string };

/** A filing to verify: its absolute path and the name it is shown under. */
export interface FilingJob {
  readonly path: string;
  readonly file: string;
}

export interface PoolOptions {
  readonly jobs: number;
  readonly timeoutSeconds: number;
  readonly config: WorkerConfig;
  /** Called after each filing, in completion order. */
  readonly onSettled?: (done: number, total: number, job: FilingJob) => void;
  /** The worker script (tests put a stand-in here); by default worker.js beside this module. */
  readonly workerUrl?: URL;
}

/** Each worker's heap is bounded: a pathological filing crashes its worker (and is reported) instead of exhausting memory. */
const HEAP_LIMIT_MB = 1024;

const workerUrl = new URL('./worker.js', import.meta.url);

/** Verify every job; outcomes come back in the jobs' order, one per job, whatever happened to the workers. */
export async function runPool(jobs: readonly FilingJob[], opts: PoolOptions): Promise<FilingOutcome[]> {
  if (jobs.length === 0) return [];
  const outcomes: FilingOutcome[] = new Array<FilingOutcome>(jobs.length);
  const queue = jobs.map((job, id) => ({ id, job }));
  let done = 0;
  const settle = (id: number, outcome: FilingOutcome): void => {
    outcomes[id] = outcome;
    done++;
    const job = jobs[id];
    if (job) opts.onSettled?.(done, jobs.length, job);
  };
  const slots = Math.max(1, Math.min(opts.jobs, jobs.length));
  await Promise.all(Array.from({ length: slots }, () => runSlot(queue, settle, opts)));
  return outcomes;
}

type Queued = { readonly id: number; readonly job: FilingJob };
type Settle = (id: number, outcome: FilingOutcome) => void;

/** One slot of the pool: a worker fed from the shared queue, replaced when it hangs or dies. */
class Slot {
  private worker!: Worker;
  private current: Queued | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly queue: Queued[], private readonly settle: Settle, private readonly opts: PoolOptions, private readonly finish: () => void) {
    this.start();
    this.next();
  }

  private start(): void {
    this.worker = new Worker(this.opts.workerUrl ?? workerUrl, { workerData: this.opts.config, resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } });
    this.worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    this.worker.on('error', (e: Error) => this.replace('crashed', { detail: e.message }));
    this.worker.on('exit', (code) => this.replace('crashed', { detail: `exit code ${code}` }));
  }

  private onReply(reply: WorkerReply): void {
    const current = this.current;
    if (!current || reply.id !== current.id) return;
    const outcome = 'outcome' in reply ? reply.outcome : this.failed(current, 'crashed', { detail: reply.error });
    this.done(current, outcome);
    this.next();
  }

  private failed(q: Queued, messageId: string, data: Record<string, string | number>): FilingOutcome {
    // The message goes on after the detail: drop an error text's own final full stop.
    const clean = typeof data.detail === 'string' ? { ...data, detail: data.detail.trim().replace(/[.。]$/, '') } : data;
    return failedOutcome(q.job.file, messageId, clean, 'failed', this.opts.config.lang);
  }

  private done(q: Queued, outcome: FilingOutcome): void {
    clearTimeout(this.timer);
    this.current = undefined;
    this.settle(q.id, outcome);
  }

  /** The current filing fails with `messageId`; the worker is thrown away and a fresh one takes the next filing. */
  private replace(messageId: string, data: Record<string, string | number>): void {
    if (this.current) this.done(this.current, this.failed(this.current, messageId, data));
    this.worker.removeAllListeners();
    void this.worker.terminate();
    this.start();
    this.next();
  }

  private next(): void {
    this.current = this.queue.shift();
    if (!this.current) {
      this.worker.removeAllListeners();
      void this.worker.terminate().then(() => this.finish());
      return;
    }
    this.timer = setTimeout(() => this.replace('timeout', { seconds: this.opts.timeoutSeconds }), this.opts.timeoutSeconds * 1000);
    this.worker.postMessage({ id: this.current.id, path: this.current.job.path } satisfies WorkerRequest);
  }
}

function runSlot(queue: Queued[], settle: Settle, opts: PoolOptions): Promise<void> {
  return new Promise((finish) => void new Slot(queue, settle, opts, finish));
}
