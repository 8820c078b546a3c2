/** The decision table as JSON: the same facts as the HTML, Markdown and CSV reports, with stable keys for programs. */
import type { FilingOutcome } from '../model/filing.js';
import { reasonsOf, reportTable, type ReportContext } from './report-rows.js';

export function formatReportJson(outcomes: readonly FilingOutcome[], ctx: ReportContext): string {
  const { units } = reportTable(outcomes, ctx);
  const b = ctx.baseline;
  return (
    JSON.stringify(
      {
        version: 1,
        verifiedAt: ctx.time ?? null,
        baseline: { id: b.id ?? b.label, version: b.version ?? null, sha256: b.sha256 },
        tool: { name: 'catalog', version: ctx.toolVersion },
        expected: ctx.expected ? ctx.expected.length : null,
        units: units.map((u, i) => {
          const o = u.outcome;
          return {
            index: i + 1,
            region: u.region,
            id: u.id,
            state: u.state,
            document: o?.facts.document ?? null,
            status: u.state === 'skipped' ? null : (o?.result.status ?? null),
            integrity: o?.result.integrity ?? null,
            errors: o ? o.result.diagnostics.filter((d) => d.severity === 'error').length : null,
            warnings: o ? o.result.diagnostics.filter((d) => d.severity === 'warning').length : null,
            reasons: reasonsOf(o).map((d) => ({ rule: d.rule, severity: d.severity, message: d.message })),
            deviations: o?.facts.deviations ?? [],
            items: o?.facts.items ?? null,
            baseline: o?.facts.baseline ?? null,
            file: o?.result.file ?? null,
            superseded: u.superseded.map((s) => s.result.file),
            companions: u.companions.map((s) => s.result.file),
          };
        }),
      },
      null,
      2,
    ) + '\n'
  );
}
