/** Bytes → text: UTF-8 (BOM allowed); anything else is an `encoding` finding that says what it looks like. */
import type { Finding } from '../model/index.js';

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly finding: Finding };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decode a catalogue file's bytes, or explain why they are not UTF-8. */
export function decodeSource(bytes: Uint8Array): Decoded {
  const guess = bomEncoding(bytes) ?? utf16Guess(bytes);
  if (guess) return fail(guess, 1, 1);
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const gbk = asGb18030(bytes);
    const { line, column } = gbk === undefined ? firstBadUtf8(bytes) : firstNonAscii(gbk);
    return fail(gbk === undefined ? 'unknown' : 'gbk', line, column);
  }
}

function fail(encoding: string, line: number, column: number): Decoded {
  const messageId = encoding === 'gbk' ? 'gbk' : encoding.startsWith('utf-16') || encoding.startsWith('utf-32') ? 'utf16' : 'unknown';
  return {
    ok: false,
    finding: {
      rule: 'encoding',
      pointer: '',
      messageId,
      data: { encoding: encoding.toUpperCase() },
      span: { line, column, endLine: line, endColumn: column + 1 },
    },
  };
}

function bomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 saved without a BOM: every ASCII character (keys, spaces, line ends) leaves a zero byte in
 * the odd places (LE) or the even ones (BE). Checked first, since GB18030 decodes those bytes too.
 */
function utf16Guess(b: Uint8Array): string | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs < 2) return undefined;
  if (odd >= pairs / 5 && even <= pairs / 20) return 'utf-16le';
  if (even >= pairs / 5 && odd <= pairs / 20) return 'utf-16be';
  return undefined;
}

/** The text when the bytes decode as GB18030 and contain CJK text — the usual Windows "ANSI" save. */
function asGb18030(b: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(b);
    return /[\u4e00-\u9fff]/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Line and column of the first non-ASCII character of a GBK file as an editor shows it: a GBK pair
 * can also be a valid UTF-8 sequence (示 is CA BE), so the first bad UTF-8 byte may come later.
 */
function firstNonAscii(text: string): { line: number; column: number } {
  const i = text.search(/[^\x00-\x7f]/u);
  const before = text.slice(0, Math.max(i, 0));
  return { line: before.split('\n').length, column: i - before.lastIndexOf('\n') };
}

/** Line and column (in bytes, 1-based) of the first byte sequence that is not UTF-8. */
function firstBadUtf8(b: Uint8Array): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < b.length; ) {
    const n = utf8SequenceLength(b, i);
    if (n === 0) return { line, column: i - lineStart + 1 };
    if (b[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += n;
  }
  return { line, column: 1 };
}

function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] ?? 0;
  const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
  for (let k = 1; k < n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return n;
}
