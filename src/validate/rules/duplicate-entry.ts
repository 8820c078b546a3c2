/** duplicate-entry: the same string twice in one list of an item. */
import { LIST_KEYS } from '../../model/index.js';
import { normalizeText } from '../normalize.js';
import { defineRule } from '../rule.js';
import { nearestPointer, resolvedItems } from './util.js';

export default defineRule({
  id: 'duplicate-entry',
  severity: 'warning',
  description: { zh: '同一列表中重复写了同一项', en: 'The same entry twice in one list' },
  messages: {
    default: {
      zh: '“{entry}”在事项 {id} 的 {field} 中重复出现（第 {firstLine} 行已有），请删去一个',
      en: '"{entry}" appears twice in {field} of item {id} (already on line {firstLine}); delete one',
    },
  },
  check(ctx, report) {
    for (const { item, base, origin } of resolvedItems(ctx)) {
      for (const field of LIST_KEYS) {
        const list: readonly string[] = item[field];
        if (base && sameList(base[field], list)) continue; // inherited as it was: the baseline's own business
        const seen = new Map<string, number>();
        list.forEach((entry, i) => {
          const key = normalizeText(entry);
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, i);
            return;
          }
          report({
            pointer: nearestPointer(ctx, origin, field, i),
            target: `${item.id}#${field}`,
            data: { entry, id: item.id, field, firstLine: ctx.positions.locate(nearestPointer(ctx, origin, field, first)).line },
          });
        });
      }
    }
  },
});

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => normalizeText(x) === normalizeText(b[i] ?? ''));
}
