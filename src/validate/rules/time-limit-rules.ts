/** The time-limit comparison behind extended-time-limit and uncomparable-time-limit (spec §4). */
import type { Finding } from '../../model/index.js';
import { sameText } from '../normalize.js';
import type { RuleContext } from '../rule.js';
import { compareTimeLimits, parseTimeLimit, type TimeComparison } from '../time-limit.js';
import { nearestPointer, pairedItems } from './util.js';

/** Findings for every restated time limit whose comparison with the baseline's is `outcome`. */
export function timeLimitFindings(ctx: RuleContext, rule: string, outcome: TimeComparison): Finding[] {
  const out: Finding[] = [];
  for (const { base, item, origin } of pairedItems(ctx)) {
    if (sameText(base.timeLimit, item.timeLimit)) continue;
    if (compareTimeLimits(parseTimeLimit(base.timeLimit), parseTimeLimit(item.timeLimit)) !== outcome) continue;
    out.push({
      rule, pointer: nearestPointer(ctx, origin, 'timeLimit'), target: `${base.id}#timeLimit`,
      data: { id: base.id, name: item.name, old: base.timeLimit, new: item.timeLimit },
    });
  }
  return out;
}
