/**
 * The whole file scanned as a repairing viewer scans it (MuPDF on any error it meets, pdf.js when its xref
 * fails): every object header and every `trailer`, whatever the xref says, so that what such a viewer would
 * take instead of the xref's objects is judged too.
 */
import { decodeStream, isDict, isName, PdfReader, PdfSyntaxError, serialise, type PdfValue } from './pdf-syntax.js';
import { objectHeader } from './pdf-xref.js';

const text = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** A value read at `at`, or the reason it is refused outright (a key given twice); undefined when it does not parse. */
function readAt(bytes: Uint8Array, read: (r: PdfReader) => PdfValue, at: number): { value?: PdfValue; refused?: string } {
  try {
    return { value: read(new PdfReader(bytes, at)) };
  } catch (e) {
    return e instanceof PdfSyntaxError && /given twice/.test(e.message) ? { refused: e.message } : {};
  }
}

/**
 * The first thing in `bytes` a repairing viewer would read otherwise than the xref chain does, or undefined:
 * a trailer or xref stream whose /Root is not `root` (the catalog the chain gives; a decoy root names a forged
 * catalog), or a dictionary with a key given twice, in any object or in any object of an object stream.
 */
export function decoyProblem(bytes: Uint8Array, root: PdfValue | undefined): string | undefined {
  const all = text(bytes);
  const want = serialise(root ?? null);
  const differs = (v: PdfValue | undefined): boolean => isDict(v) && v.v.has('Root') && serialise(v.v.get('Root') ?? null) !== want;
  // White space and comments may stand between `trailer` and its dictionary (MuPDF's lexer skips both).
  const trailers = /(?<![A-Za-z0-9])trailer(?=(?:[\0\t\n\f\r ]|%[^\r\n]*(?=[\r\n]))*<<)/g;
  for (let m = trailers.exec(all); m; m = trailers.exec(all)) {
    const { value, refused } = readAt(
      bytes,
      (r) => {
        r.word();
        return r.value();
      },
      m.index,
    );
    if (refused) return `trailer @${m.index}: ${refused}`;
    if (differs(value)) return `a trailer @${m.index} names another /Root`;
  }
  const headers = objectHeader();
  for (let m = headers.exec(all); m; m = headers.exec(all)) {
    const { value, refused } = readAt(bytes, (r) => r.object().value, m.index);
    if (refused) return `${m[1]} ${m[2]} obj: ${refused}`;
    if (!isDict(value)) continue;
    if (isName(value.v.get('Type'), 'XRef') && differs(value)) return `the xref stream ${m[1]} ${m[2]} obj names another /Root`;
    if (isName(value.v.get('Type'), 'ObjStm') && value.stream) {
      const bad = packedProblem(value);
      if (bad) return `object stream ${m[1]}: ${bad}`;
    }
  }
  return undefined;
}

/** A key given twice in an object of an object stream, or undefined. */
function packedProblem(holder: Parameters<typeof decodeStream>[0]): string | undefined {
  let data: Uint8Array;
  try {
    data = decodeStream(holder);
  } catch {
    return undefined;
  }
  const r = new PdfReader(data);
  const first = Number(holder.v.get('First') ?? 0);
  const count = Number(holder.v.get('N') ?? 0);
  for (let i = 0; i < count && i < 100_000; i++) {
    r.word();
    const at = Number(r.word());
    if (!Number.isInteger(at)) return undefined;
    const { refused } = readAt(data, (x) => x.value(), first + at);
    if (refused) return refused;
  }
  return undefined;
}
