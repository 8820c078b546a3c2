/** The worker thread of side-thread.ts: renders DOCX and HTML for the main thread, one job at a time. */
import { parentPort } from 'node:worker_threads';
import { serve } from '../io/worker-rpc.js';
import { preloadSide, renderSide, type SideJob, type SideOutput } from './side.js';

const port = parentPort;
if (port) {
  const ready = preloadSide();
  serve<SideJob, SideOutput>(
    port,
    (job) => ready.then(() => renderSide(job)),
    // The files' bytes are moved to the main thread, not copied.
    (output) => [...output.docx, ...output.html].flatMap((f) => (typeof f.bytes === 'string' ? [] : [f.bytes.buffer as ArrayBuffer])),
  );
}
