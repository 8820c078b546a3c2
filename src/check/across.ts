/** Findings that need more than one input file: the same catalogue id in two files (`duplicate-catalogue`). */
import type { Finding, Lang } from '../model/index.js';
import type { Checked } from './check.js';
import { compareDiagnostics, toDiagnostics } from './diagnostics.js';

/** Add a finding to a checked file, keeping its diagnostics sorted and its `ok` honest. */
function withFindings(c: Checked, findings: readonly Finding[], lang: Lang): Checked {
  if (findings.length === 0) return c;
  const diagnostics = [...c.result.diagnostics, ...toDiagnostics(findings, c.loaded.positions, c.result.file, lang)].sort(compareDiagnostics);
  return { ...c, result: { ...c.result, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') } };
}

/** Every file whose catalogue id another input also declares gets an error naming the other files. */
export function checkAcrossFiles(checked: readonly Checked[], lang: Lang): Checked[] {
  const byId = new Map<string, string[]>();
  for (const c of checked) {
    const id = c.source?.id;
    if (id !== undefined) byId.set(id, [...(byId.get(id) ?? []), c.result.file]);
  }
  return checked.map((c) => {
    const id = c.source?.id;
    const files = id === undefined ? [] : byId.get(id) ?? [];
    if (id === undefined || files.length < 2) return c;
    const others = files.filter((f) => f !== c.result.file).join('”“');
    return withFindings(c, [{ rule: 'duplicate-catalogue', pointer: '/id', target: id, data: { id, others } }], lang);
  });
}
