/** Run every rule with a check over a resolved catalogue, then apply the declared deviations. */
import type { Finding } from '../model/index.js';
import { applyDeviations } from './deviations.js';
import { RULES, RULES_BY_ID } from './registry.js';
import type { RuleContext } from './rule.js';

/** Rules that compare with a baseline are skipped for a municipal catalogue (it has none). */
export function validateCatalogue(ctx: RuleContext): Finding[] {
  const findings = RULES.flatMap((rule) => (rule.check ? rule.check(ctx) : []));
  const home = new Map<string, string>();
  for (const c of [...(ctx.baseline?.categories ?? []), ...ctx.resolved.categories]) {
    for (const i of c.items) if (!home.has(i.id)) home.set(i.id, c.id);
  }
  const ids = [...new Set([...home.keys(), ...home.values()])];
  return applyDeviations(findings, ctx.resolved.deviations, RULES_BY_ID, (id) => home.get(id), ids);
}
