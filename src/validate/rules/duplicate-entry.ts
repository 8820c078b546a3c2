/** duplicate-entry: the same string twice in one list of an item. */
import { joinPointer } from '../../load/positions.js';
import { LIST_KEYS, type Finding } from '../../model/index.js';
import { normalizeText } from '../normalize.js';
import { defineRule } from '../rule.js';
import { sourceItems } from './util.js';

export default defineRule({
  id: 'duplicate-entry',
  severity: 'warning',
  description: { zh: '同一列表中重复写了同一项', en: 'The same entry twice in one list' },
  messages: {
    default: { zh: '“{entry}”在事项 {id} 的 {field} 中重复出现（第 {firstLine} 行已有），请删去一个', en: '"{entry}" appears twice in {field} of item {id} (already on line {firstLine}); delete one' },
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const { pointer, item } of sourceItems(ctx)) {
      for (const field of LIST_KEYS) {
        const list = item[field];
        if (!Array.isArray(list)) continue;
        const seen = new Map<string, number>();
        list.forEach((entry: unknown, i) => {
          if (typeof entry !== 'string') return;
          const key = normalizeText(entry);
          const first = seen.get(key);
          if (first === undefined) { seen.set(key, i); return; }
          out.push({
            rule: 'duplicate-entry', pointer: joinPointer(pointer, field, i), target: `${item.id}#${field}`,
            data: { entry, id: item.id, field, firstLine: ctx.positions.locate(joinPointer(pointer, field, first)).line },
          });
        });
      }
    }
    return out;
  },
});
