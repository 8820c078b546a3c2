/** duplicate-id: two categories or two items share an id. */
import { joinPointer } from '../../load/positions.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'duplicate-id',
  severity: 'error',
  description: { zh: '两个类别或两个事项用了同一个编号', en: 'Two categories or two items share an id' },
  messages: {
    default: {
      zh: '编号“{id}”重复（第 {firstLine} 行已用过）。每个类别、每个事项的编号必须唯一',
      en: 'The id "{id}" is used twice (first on line {firstLine}). Every category and item needs its own id',
    },
  },
  check(ctx, report) {
    const seen = new Map<string, string>();
    const visit = (id: string, pointer: string, kind: string): void => {
      const key = `${kind}:${id}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, pointer);
      else report({ pointer: joinPointer(pointer, 'id'), target: id, data: { id, firstLine: ctx.positions.locate(joinPointer(first, 'id')).line } });
    };
    (ctx.source.categories ?? []).forEach((c, ci) => {
      const cp = joinPointer('/categories', ci);
      visit(c.id, cp, 'category');
      (c.items ?? []).forEach((item, ii) => visit(item.id, joinPointer(cp, 'items', ii), 'item'));
    });
  },
});
