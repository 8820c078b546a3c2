/** Findings that need more than one input file: the same catalogue id in two files (`duplicate-catalogue`). */
import { catalogueLabel, type Finding, type Lang } from '../model/index.js';
import type { Checked } from './check.js';
import { compareDiagnostics, toDiagnostics } from './diagnostics.js';

/** Add a finding to a checked file, keeping its diagnostics sorted and its `ok` honest. */
function withFindings(c: Checked, findings: readonly Finding[], lang: Lang): Checked {
  if (findings.length === 0) return c;
  const diagnostics = [...c.result.diagnostics, ...toDiagnostics(findings, c.loaded.positions, c.result.file, lang)].sort(compareDiagnostics);
  return { ...c, result: { ...c.result, diagnostics, ok: !diagnostics.some((d) => d.severity === 'error') } };
}

/**
 * What must be unique: the id; for `check`, two versions of one municipal baseline (xinxiang@2020 and
 * xinxiang@2024, NAME@VERSION) are distinct. `build` names its outputs by id alone, so there they collide.
 */
function identity(c: Checked, outputs: boolean): string | undefined {
  const s = c.source;
  if (s === undefined) return undefined;
  return !outputs && s.kind === 'municipal' && s.version !== undefined ? catalogueLabel(s) : s.id;
}

/** Every file whose catalogue id another input also declares gets an error naming the other files. */
export function checkAcrossFiles(checked: readonly Checked[], lang: Lang, outputs = false): Checked[] {
  const byId = new Map<string, string[]>();
  for (const c of checked) {
    const key = identity(c, outputs);
    if (key !== undefined) byId.set(key, [...(byId.get(key) ?? []), c.result.file]);
  }
  return checked.map((c) => {
    const id = c.source?.id;
    const key = identity(c, outputs);
    const files = key === undefined ? [] : (byId.get(key) ?? []);
    if (id === undefined || files.length < 2) return c;
    const rest = files.filter((f) => f !== c.result.file);
    // The names go between the message's own quotes: “a”“b” in Chinese, "a", "b" in English.
    const others = { zh: rest.join('”“'), en: rest.join('", "') };
    return withFindings(c, [{ rule: 'duplicate-catalogue', pointer: '/id', target: id, data: { id, others } }], lang);
  });
}
