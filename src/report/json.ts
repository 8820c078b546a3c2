/** `--format json` exactly as spec §5: {version, files: [...], summary}. */
import type { Diagnostic, FileResult } from '../model/index.js';
import { summarize, type Formatter } from './types.js';

/** A diagnostic with its keys in the documented order. */
function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    ...(d.target !== undefined ? { target: d.target } : {}),
  };
}

function fileJson(r: FileResult): Record<string, unknown> {
  return {
    file: r.file,
    catalogue: r.catalogue ?? null,
    kind: r.kind ?? null,
    ok: r.ok,
    counts: r.counts ?? null,
    diagnostics: r.diagnostics.map(diagnosticJson),
    ...(r.integrity !== undefined ? { integrity: r.integrity } : {}),
    ...(r.status !== undefined ? { status: r.status } : {}),
  };
}

export const formatJson: Formatter = (results) => {
  const s = summarize(results);
  return (
    JSON.stringify(
      {
        version: 1,
        files: results.map(fileJson),
        summary: { files: s.files, errors: s.errors, warnings: s.warnings },
      },
      null,
      2,
    ) + '\n'
  );
};
