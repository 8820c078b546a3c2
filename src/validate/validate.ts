/** Run every rule over a resolved catalogue, then apply the declared deviations. */
import type { Finding } from '../model/index.js';
import { applyDeviations } from './deviations.js';
import { CODES_BY_ID, RULES } from './registry.js';
import { runRule, type RuleContext } from './rule.js';

/**
 * Rules that compare with a baseline find nothing without one; a municipal copy of a shipped baseline is given
 * the shipped one as its baseline (resolve's `comparedWith`), so it is held to it like a county.
 */
export function validateCatalogue(ctx: RuleContext): Finding[] {
  const findings = RULES.flatMap((rule) => runRule(rule, ctx));
  const home = new Map<string, string>();
  for (const c of [...(ctx.baseline?.categories ?? []), ...ctx.resolved.categories]) {
    for (const i of c.items) if (!home.has(i.id)) home.set(i.id, c.id);
  }
  const ids = [...new Set([...home.keys(), ...home.values()])];
  return applyDeviations(findings, ctx.resolved.deviations, CODES_BY_ID, (id) => home.get(id), ids);
}
