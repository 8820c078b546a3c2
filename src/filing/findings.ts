/** Findings about a filing as a whole (not a line of its source): located at line 1, column 1 of the filing file. */
import { LineCounter } from '../vendor/yaml.js';
import { toDiagnostics } from '../check/diagnostics.js';
import { PositionMap } from '../load/positions.js';
import type { Diagnostic, Finding, Lang, SlotValue } from '../model/index.js';

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 } as const;

/** A finding of a verify rule about the whole filing. */
export function filingFinding(rule: string, messageId = 'default', data: Readonly<Record<string, SlotValue>> = {}): Finding {
  return { rule, pointer: '', messageId, data, span: START };
}

/** Worded and sorted diagnostics for findings about the filing `file`. */
export function filingDiagnostics(findings: readonly Finding[], file: string, lang: Lang): Diagnostic[] {
  return toDiagnostics(findings, new PositionMap(new LineCounter()), file, lang);
}
