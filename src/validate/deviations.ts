/** Declared deviations (`deviations:`): matched errors become `deviation` warnings; unmatched ones warn. */
import { suggest } from './suggest.js';
import { joinPointer } from '../load/positions.js';
import type { Deviation, Finding } from '../model/index.js';
import type { StageCode } from './rule.js';

/** Whether a deviation target covers a finding's target (a category covers its items, an item its fields). */
function covers(target: string, findingTarget: string, categoryOf: (itemId: string) => string | undefined): boolean {
  if (target === findingTarget) return true;
  const itemId = findingTarget.split('#')[0] ?? findingTarget;
  if (!target.includes('#') && itemId === target) return true;
  return !target.includes('#') && categoryOf(itemId) === target;
}

/**
 * Replace each declarable error or warning that a deviation covers by a `deviation` warning (reported, never
 * hidden), and report deviations that cover nothing as `unused-deviation`.
 */
export function applyDeviations(
  findings: readonly Finding[],
  deviations: readonly Deviation[],
  rules: ReadonlyMap<string, StageCode>,
  categoryOf: (itemId: string) => string | undefined,
  knownIds: readonly string[] = [],
): Finding[] {
  const used = new Set<number>();
  const out = findings.map((f) => {
    const rule = rules.get(f.rule);
    if (!rule?.declarable || !f.target || (f.severity ?? rule.severity) === 'info') return f;
    const i = deviations.findIndex((d) => covers(d.target, f.target ?? '', categoryOf));
    const d = deviations[i];
    if (!d) return f;
    used.add(i);
    return {
      rule: 'deviation',
      pointer: joinPointer('/deviations', i),
      target: f.target,
      data: { rule: f.rule, target: f.target, reason: d.reason, ref: d.ref ?? '' },
      messageId: d.ref ? 'withRef' : 'default',
    } satisfies Finding;
  });
  deviations.forEach((d, i) => {
    if (used.has(i)) return;
    const id = d.target.split('#')[0] ?? d.target;
    const unknown = knownIds.length > 0 && !knownIds.includes(id);
    const suggestion = unknown ? suggest(id, [...knownIds]) : undefined;
    out.push({
      rule: 'unused-deviation',
      pointer: joinPointer('/deviations', i, 'target'),
      target: d.target,
      messageId: !unknown ? 'default' : suggestion === undefined ? 'unknownTargetNone' : 'unknownTarget',
      data: { target: d.target, suggestion: suggestion ?? '' },
    });
  });
  return out;
}
