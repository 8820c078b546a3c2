/** The time-limit comparison behind extended-time-limit and uncomparable-time-limit (spec §4). */
import { normalizeText, sameText } from '../normalize.js';
import type { Report, RuleContext } from '../rule.js';
import { compareTimeLimits, parseTimeLimit, type TimeComparison } from '../time-limit.js';
import { nearestPointer, pairedItems } from './util.js';

/**
 * Decimal digits of other scripts left after NFKC (full-width and mathematical digits become 0–9): Arabic-Indic ٢٠,
 * Devanagari २०, Bengali ০৫ … Refused rather than read by value (red team round 7): a reader here cannot tell what
 * they say — ٥ (five) is drawn like 0 and ٠ (zero) like a dot — so a value read by the tool is not the one painted.
 */
function otherScriptDigits(text: string): string | undefined {
  const runs = normalizeText(text).match(/[^\P{Nd}0-9]+/gu);
  return runs ? runs.join('、') : undefined;
}

/**
 * CJK Radicals Supplement characters (U+2E80–U+2EFF) left after NFKC: drawn like ideographs (⻓ like 长, ⻅ like 见)
 * but without a mapping to them, so 延⻓至6个月 is not read as 延长 (red team round 7). Kangxi radicals (U+2F00–)
 * are mapped by NFKC and read as their ideographs.
 */
function radicalLookAlikes(text: string): string | undefined {
  const runs = normalizeText(text).match(/[\u2E80-\u2EFF]+/gu);
  return runs ? runs.join('、') : undefined;
}

const unreadable = (text: string): boolean => otherScriptDigits(text) !== undefined || radicalLookAlikes(text) !== undefined;

/** Report every restated time limit whose comparison with the baseline's is `outcome` (digits of other scripts aside). */
export function reportTimeLimits<M extends string>(ctx: RuleContext, report: Report<M | 'default'>, outcome: TimeComparison, unboundedMessage?: M): void {
  for (const { base, item, origin } of pairedItems(ctx)) {
    if (sameText(base.timeLimit, item.timeLimit) || unreadable(item.timeLimit)) continue;
    const limit = parseTimeLimit(item.timeLimit);
    if (compareTimeLimits(parseTimeLimit(base.timeLimit), limit) !== outcome) continue;
    report({
      ...(limit.kind === 'unbounded' && unboundedMessage !== undefined ? { messageId: unboundedMessage } : {}),
      pointer: nearestPointer(ctx, origin, 'timeLimit'),
      target: `${base.id}#timeLimit`,
      data: { id: base.id, name: item.name, old: base.timeLimit, new: item.timeLimit },
    });
  }
}

/** Report every restated time limit written with digits of other scripts or radical look-alikes (errors: see above). */
export function reportOtherScriptDigits(ctx: RuleContext, report: Report<'otherDigits' | 'radicals'>): void {
  for (const { base, item, origin } of pairedItems(ctx)) {
    if (sameText(base.timeLimit, item.timeLimit)) continue;
    const radicals = radicalLookAlikes(item.timeLimit);
    const digits = otherScriptDigits(item.timeLimit) ?? radicals;
    if (digits === undefined) continue;
    report({
      messageId: otherScriptDigits(item.timeLimit) === undefined ? 'radicals' : 'otherDigits',
      pointer: nearestPointer(ctx, origin, 'timeLimit'),
      target: `${base.id}#timeLimit`,
      data: { id: base.id, name: item.name, old: base.timeLimit, new: item.timeLimit, digits },
    });
  }
}
