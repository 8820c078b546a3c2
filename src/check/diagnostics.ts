/** Findings → diagnostics: located by the position map, worded in the user's language, sorted. */
import { byCodePoint } from '../util/order.js';
import type { PositionMap } from '../load/positions.js';
import type { Diagnostic, Finding, Lang, Severity } from '../model/index.js';
import { formatMessage } from '../validate/message.js';
import { CODES_BY_ID } from '../validate/registry.js';

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function toDiagnostics(findings: readonly Finding[], positions: PositionMap, file: string, lang: Lang): Diagnostic[] {
  return findings.map((f) => toDiagnostic(f, positions, file, lang)).sort(compareDiagnostics);
}

function toDiagnostic(f: Finding, positions: PositionMap, file: string, lang: Lang): Diagnostic {
  const rule = CODES_BY_ID.get(f.rule);
  if (!rule) throw new Error(`unknown rule ${f.rule}`);
  const span = f.span ?? positions.locate(f.pointer, f.atKey);
  return {
    rule: f.rule,
    severity: f.severity ?? rule.severity,
    message: formatMessage(rule, f, lang),
    file,
    ...span,
    ...(f.target !== undefined ? { target: f.target } : {}),
  };
}

/** By position, then severity, rule and message: a stable order for every formatter. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    byCodePoint(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    ORDER[a.severity] - ORDER[b.severity] ||
    byCodePoint(a.rule, b.rule) ||
    byCodePoint(a.message, b.message)
  );
}
