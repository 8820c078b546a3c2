/** Refuse a compression bomb before pdfjs inflates it: the inflated size of every zlib stream of a PDF, up to a cap. */
import { constants, createInflate, type Inflate } from 'node:zlib';

/** Inflated bytes a filing may hold in all (a county filing holds under 1 MB; fonts given with --fonts add a few MB). */
export const MAX_INFLATED_BYTES = 128 * 1024 * 1024;

const STREAM = /(?<!end)stream\r?\n/g;
/** Streams compressed twice or more ([/FlateDecode /FlateDecode]) are followed this deep. */
const MAX_LAYERS = 4;

/** A zlib header: deflate method, a window that fits, and the check bits. */
function looksZlib(b: Uint8Array, at = 0): boolean {
  const cmf = b[at] ?? 0;
  const flg = b[at + 1] ?? 0;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

/**
 * The inflated size of the zlib stream at the start of `data` (every layer's output counted, so a nested
 * stream cannot hide its outer layer), or undefined once it passes `room`. It reads to the stream's own
 * end, not to `endstream`, so a bomb cannot hide behind a fake `endstream`; memory stays at zlib's chunk
 * size whatever the stream inflates to.
 */
function streamSize(data: Uint8Array, room: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    let size = 0;
    let pending = 0;
    let done = false;
    const finish = (v: number | undefined): void => {
      if (!done) {
        done = true;
        resolve(v);
      }
    };
    const open = (z: Inflate | undefined): z is Inflate => z !== undefined && !z.destroyed && !z.writableEnded;
    const layer = (depth: number): Inflate => {
      pending++;
      const z = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
      let next: Inflate | undefined;
      let decided = depth >= MAX_LAYERS;
      let closed = false;
      z.on('data', (chunk: Buffer) => {
        if (done) {
          z.destroy();
          return;
        }
        size += chunk.length;
        if (size > room) {
          finish(undefined);
          z.destroy();
          return;
        }
        if (!decided) {
          decided = true;
          if (looksZlib(chunk)) next = layer(depth + 1);
        }
        if (open(next)) next.write(chunk);
      });
      const close = (): void => {
        if (closed) return;
        closed = true;
        if (open(next)) next.end();
        if (--pending === 0) finish(size);
      };
      z.on('end', close);
      z.on('error', close);
      return z;
    };
    layer(1).end(data);
  });
}

/** The total inflated size of the PDF's streams, or `{ over: true }` as soon as it passes `limit`. */
export async function measureInflated(
  bytes: Uint8Array,
  limit = MAX_INFLATED_BYTES,
): Promise<{ readonly over: false; readonly total: number } | { readonly over: true }> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let total = 0;
  STREAM.lastIndex = 0;
  for (let m = STREAM.exec(text); m; m = STREAM.exec(text)) {
    const start = m.index + m[0].length;
    if (!looksZlib(bytes, start)) continue;
    const size = await streamSize(bytes.subarray(start), limit - total);
    if (size === undefined) return { over: true };
    total += size;
    if (total > limit) return { over: true };
  }
  return { over: false, total };
}
