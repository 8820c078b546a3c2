/** Stable identities for findings (rule, file, target or message, occurrence), never the line, so moving text keeps them. */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../model/index.js';

/**
 * One SHA-256 hex fingerprint per diagnostic, in order. Findings with the same rule, file and target
 * (or message, when there is no target) are told apart by their occurrence index among themselves.
 */
export function fingerprintDiagnostics(diags: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diags.map((d) => {
    const key = [d.rule, d.file, d.target ?? d.message].join('\u0000');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex');
  });
}
