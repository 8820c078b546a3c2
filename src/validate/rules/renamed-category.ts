/** renamed-category: a baseline category got another name. */
import { joinPointer } from '../../load/positions.js';
import { sameText } from '../normalize.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'renamed-category',
  severity: 'warning',
  description: { zh: '基准目录的一级事项改了名称', en: 'A baseline category got another name' },
  messages: {
    default: {
      zh: '一级事项 {id} 在基准目录中叫“{old}”，这里改成了“{new}”。与市级目录保持一致便于对照和备案',
      en: 'Category {id} is named "{old}" in the baseline, "{new}" here. Keeping the municipal name makes the catalogues comparable',
    },
  },
  check(ctx, report) {
    for (const base of ctx.baseline?.categories ?? []) {
      const origin = ctx.origins.categories.get(base.id);
      const now = ctx.resolved.categories.find((c) => c.id === base.id);
      if (!now || sameText(base.name, now.name)) continue;
      const at = origin?.pointer;
      const pointer = at === undefined ? '' : ([joinPointer(at, 'name'), at].find((p) => ctx.positions.has(p)) ?? '');
      report({ pointer, target: base.id, data: { id: base.id, old: base.name, new: now.name } });
    }
  },
});
