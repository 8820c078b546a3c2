/** moved-item: a baseline item is restated under another category (the baseline fixes the categories). */
import { joinPointer } from '../../load/positions.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'moved-item',
  severity: 'error',
  description: { zh: '基准目录的事项被写到了另一个一级事项下', en: 'A baseline item is restated under another category' },
  messages: {
    default: {
      zh: '事项“{id}”属于基准目录的一级事项“{baseCategory}”，却写在了“{category}”下。请把它移回 {baseCategory}',
      en: 'Item "{id}" belongs to the baseline category "{baseCategory}" but is written under "{category}". Move it back under {baseCategory}',
    },
  },
  check(ctx, report) {
    const home = new Map<string, string>();
    for (const c of ctx.baseline?.categories ?? []) for (const i of c.items) home.set(i.id, c.id);
    (ctx.source.categories ?? []).forEach((c, ci) => {
      (c.items ?? []).forEach((item, ii) => {
        const baseCategory = home.get(item.id);
        if (baseCategory === undefined || baseCategory === c.id) return;
        report({ pointer: joinPointer('/categories', ci, 'items', ii, 'id'), target: item.id, data: { id: item.id, category: c.id, baseCategory } });
      });
    });
  },
});
