/** A PDF's revisions: the bytes up to each `%%EOF` that closes an xref section (an incremental update adds one). */

export interface Revision {
  /** Where the revision's own bytes begin (0 for the first). */
  readonly start: number;
  /** Just after its `%%EOF` and end-of-line: the file as it was when this revision was saved. */
  readonly end: number;
}

/**
 * The bytes as Latin-1 text, one character per byte: Buffer's decoder (TextDecoder's 'latin1' is
 * windows-1252 through ICU, ~4 ms a filing). The two differ only for 0x80–0x9F, which neither maps to
 * whitespace, a digit or an ASCII letter, so every pattern below matches alike.
 */
const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** `%%EOF` markers that follow a `startxref N` (not the bytes "%%EOF" inside some stream). */
function eofMarkers(text: string): number[] {
  const ends: number[] = [];
  const re = /startxref\s+\d+\s*%%EOF/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
    ends.push(end);
  }
  return ends;
}

/** Linearized files (qpdf --linearize) close their first-page xref with a `%%EOF` of their own: not a revision. */
function isLinearized(text: string): boolean {
  return /^[^]{0,1024}?\d+\s+\d+\s+obj\s*<<[^>]*\/Linearized\s/.test(text.slice(0, 1400));
}

/** The revisions in file order; one (the whole file) when there is no marker to split at. */
export function splitRevisions(bytes: Uint8Array): Revision[] {
  const text = latin1(bytes);
  const ends = eofMarkers(text);
  if (isLinearized(text) && ends.length > 1) ends.shift();
  // Whitespace after the last marker belongs to the last revision.
  if (ends.length === 0 || text.slice(ends[ends.length - 1]).trim() === '') {
    if (ends.length > 0) ends[ends.length - 1] = bytes.length;
  } else {
    ends.push(bytes.length);
  }
  if (ends.length === 0) return [{ start: 0, end: bytes.length }];
  return ends.map((end, i) => ({ start: i === 0 ? 0 : (ends[i - 1] ?? 0), end }));
}

/** Whether a file was saved by something other than our renderer: linearized, or with an xref stream. */
export function restructured(bytes: Uint8Array): boolean {
  const text = latin1(bytes);
  return isLinearized(text) || /\/Type\s*\/XRef\b/.test(text) || /\/Type\s*\/ObjStm\b/.test(text);
}
