/** The time-limit comparison behind extended-time-limit and uncomparable-time-limit (spec §4). */
import { sameText } from '../normalize.js';
import type { Report, RuleContext } from '../rule.js';
import { compareTimeLimits, parseTimeLimit, type TimeComparison } from '../time-limit.js';
import { nearestPointer, pairedItems } from './util.js';

/** Report every restated time limit whose comparison with the baseline's is `outcome`. */
export function reportTimeLimits(ctx: RuleContext, report: Report<'default'>, outcome: TimeComparison): void {
  for (const { base, item, origin } of pairedItems(ctx)) {
    if (sameText(base.timeLimit, item.timeLimit)) continue;
    if (compareTimeLimits(parseTimeLimit(base.timeLimit), parseTimeLimit(item.timeLimit)) !== outcome) continue;
    report({
      pointer: nearestPointer(ctx, origin, 'timeLimit'),
      target: `${base.id}#timeLimit`,
      data: { id: base.id, name: item.name, old: base.timeLimit, new: item.timeLimit },
    });
  }
}
