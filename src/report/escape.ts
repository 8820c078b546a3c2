/** Control characters in file names and messages, shown as escapes: a file name must not move the cursor, clear the screen or reorder text. */
import type { Diagnostic, FileResult } from '../model/index.js';

/** C0 and C1 controls, DEL, line/paragraph separators and the bidirectional overrides and isolates. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b`, `\u202e`: visible, copyable, and idempotent (the escape itself has no control character). */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function escapeDiagnostic(d: Diagnostic): Diagnostic {
  return { ...d, file: escapeControls(d.file), message: escapeControls(d.message) };
}

/** A result whose file names and messages carry no control characters. */
export function escapeResult(r: FileResult): FileResult {
  return { ...r, file: escapeControls(r.file), diagnostics: r.diagnostics.map(escapeDiagnostic) };
}

/**
 * For CI formats: a finding in a filing's embedded source (`FILING.pdf#ID.yaml`, line 57) is placed on the
 * filing itself — the file in the repository — at line 1, with the embedded place at the head of the message.
 */
export function locateOnFiling(r: FileResult): FileResult {
  const prefix = `${r.file}#`;
  const diagnostics = r.diagnostics.map((d) => {
    if (!d.file.startsWith(prefix)) return d;
    const where = `${d.file.slice(prefix.length)}:${d.line}:${d.column}`;
    return { ...d, file: r.file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `${where}: ${d.message}` };
  });
  return { ...r, diagnostics };
}
