/** A pool of worker threads verifying filings in parallel; a filing that hangs or crashes costs its worker, not the run. */
import { bundledWorker, WorkerClient, WorkerStopped } from '../io/worker-rpc.js';
import type { FilingOutcome } from '../model/filing.js';
import type { Lang } from '../model/index.js';
import type { BureauScope } from './kinds.js';
import { failedOutcome } from './outcome.js';

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

/**
 * worker.js, or its bundle with a V8 code cache (scripts/bundle-cli.mjs) when that is fresh: each worker then
 * starts without resolving, reading and compiling its ~330 modules (219 of lib/) one by one.
 */
const workerUrl = new URL('./worker.js', import.meta.url);
const bundledWorkerUrl = new URL('../bundle/verify-worker-start.cjs', import.meta.url);

type Settle = (id: number, outcome: FilingOutcome) => void;

/** Verify every job; outcomes come back in the jobs' order, one per job, whatever happened to the workers. */
export async function runPool(jobs: readonly FilingJob[], opts: PoolOptions): Promise<FilingOutcome[]> {
  if (jobs.length === 0) return [];
  const outcomes: FilingOutcome[] = new Array<FilingOutcome>(jobs.length);
  let done = 0;
  const settle: Settle = (id, outcome) => {
    outcomes[id] = outcome;
    done++;
    const job = jobs[id];
    if (job) opts.onSettled?.(done, jobs.length, job);
  };
  const slots = Math.max(1, Math.min(opts.jobs, jobs.length));
  const queue = new Segments(jobs.length, slots);
  await Promise.all(Array.from({ length: slots }, (_, slot) => runSlot(slot, queue, jobs, settle, opts)));
  return outcomes;
}

/**
 * The jobs cut into one run of neighbours per worker, each taken from its front; a worker whose run is done
 * takes from the back of the longest other run. Neighbours (a county's filings, named alike) thus meet the
 * same worker, whose rebuild cache then serves them, instead of every worker rebuilding every county.
 */
export class Segments {
  private readonly runs: { next: number; end: number }[];

  constructor(total: number, slots: number) {
    this.runs = Array.from({ length: slots }, (_, i) => ({ next: Math.floor((i * total) / slots), end: Math.floor(((i + 1) * total) / slots) }));
  }

  /** The next job for `slot`, or undefined when none is left. */
  take(slot: number): number | undefined {
    const own = this.runs[slot];
    if (own && own.next < own.end) return own.next++;
    const longest = this.runs.reduce((a, b) => (b.end - b.next > a.end - a.next ? b : a));
    return longest.next < longest.end ? --longest.end : undefined;
  }
}

/** One slot: a worker fed from the queue, replaced when it hangs or dies (that filing is reported, the next one goes on). */
async function runSlot(slot: number, queue: Segments, jobs: readonly FilingJob[], settle: Settle, opts: PoolOptions): Promise<void> {
  const start = (): WorkerClient<string, FilingOutcome> =>
    new WorkerClient(opts.workerUrl ?? bundledWorker(bundledWorkerUrl, workerUrl), {
      workerData: opts.config,
      resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
    });
  let worker = start();
  try {
    for (let id = queue.take(slot); id !== undefined; id = queue.take(slot)) {
      const job = jobs[id];
      if (!job) continue;
      try {
        settle(id, await worker.call(job.path, opts.timeoutSeconds * 1000));
      } catch (e) {
        settle(id, failed(job, e, opts));
        if (e instanceof WorkerStopped) {
          void worker.close();
          worker = start();
        }
      }
    }
  } finally {
    await worker.close();
  }
}

/** The outcome of a filing whose worker failed, hung or threw. */
function failed(job: FilingJob, e: unknown, opts: PoolOptions): FilingOutcome {
  const { config } = opts;
  const stopped = e instanceof WorkerStopped ? e : undefined;
  if (stopped?.reason === 'timeout') return failedOutcome(job.file, 'timeout', { seconds: opts.timeoutSeconds }, 'failed', config.lang);
  const error = e instanceof Error ? e : new Error(String(e));
  const detail = stopped ? error.message : config.debug ? (error.stack ?? error.message) : error.message;
  // The message goes on after the detail: drop an error text's own final full stop.
  return failedOutcome(job.file, 'crashed', { detail: detail.trim().replace(/[.。]$/, '') }, 'failed', config.lang);
}
