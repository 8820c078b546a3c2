/** The worker thread of side-thread.ts: renders DOCX and HTML for the main thread, one job at a time. */
import { parentPort } from 'node:worker_threads';
import { preloadSide, renderSide, type SideJob, type SideOutput } from './side.js';

export interface SideRequest {
  readonly id: number;
  readonly job: SideJob;
}

export type SideReply =
  | { readonly id: number; readonly output: SideOutput }
  | { readonly id: number; readonly error: { readonly name: string; readonly message: string; readonly stack?: string } };

const port = parentPort;
if (port) {
  const ready = preloadSide();
  port.on('message', (request: SideRequest) => {
    void ready
      .then(() => renderSide(request.job))
      .then(
        (output) => {
          const transfer = [...output.docx, ...output.html].flatMap((f) => (typeof f.bytes === 'string' ? [] : [f.bytes.buffer as ArrayBuffer]));
          port.postMessage({ id: request.id, output } satisfies SideReply, transfer);
        },
        (e: unknown) => {
          const error = e instanceof Error ? { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) } : { name: 'Error', message: String(e) };
          port.postMessage({ id: request.id, error } satisfies SideReply);
        },
      );
  });
}
