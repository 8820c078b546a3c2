/**
 * A worker thread for the DOCX and HTML half of a build (side.ts), so that on two cores they are made
 * while the main thread paints the PDFs. Started before the catalogues are checked, it has loaded docx
 * and handlebars by the time the first job comes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledWorker, WorkerClient, WorkerStopped } from '../io/worker-rpc.js';
import { SideThreadError, type SideJob, type SideOutput } from './side.js';

const workerUrl = new URL('./side-worker.js', import.meta.url);
/** The worker bundled with its code cache by scripts/bundle-cli.mjs (npm run build). */
const bundledWorkerUrl = new URL('../bundle/side-worker-start.cjs', import.meta.url);

/** The bundled worker when it is fresh (see bundledWorker), else side-worker.js. */
const defaultWorkerUrl = (): URL => bundledWorker(bundledWorkerUrl, workerUrl);
const YOUNG_GENERATION_MB = 8;

export class SideThread {
  private constructor(private readonly client: WorkerClient<SideJob, SideOutput>) {}

  /**
   * A started worker, or undefined where there is none to start (running from the TypeScript sources).
   * `url` is for tests: another worker script.
   */
  static start(url: URL = defaultWorkerUrl()): SideThread | undefined {
    if (!existsSync(fileURLToPath(url))) return undefined;
    // A small young generation: docx's short-lived objects are collected sooner, and the worker's own
    // heap adds ~20 MB instead of ~45 MB to the build's peak (measured 213–230 against 243–252 MB).
    return new SideThread(new WorkerClient(url, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  }

  /** The job's files; its own errors come back with their names, a worker that stopped rejects with SideThreadError (render in-thread then). */
  render(job: SideJob): Promise<SideOutput> {
    return this.client.call(job).catch((e: unknown) => {
      throw e instanceof WorkerStopped
        ? new SideThreadError(e.reason === 'closed' ? 'the DOCX/HTML worker was closed' : `the DOCX/HTML worker stopped (${e.message})`)
        : e;
    });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
