/** renamed-category: a baseline category got another name; for a county an error when the name is another category's or another took the old one. */
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
    nameOfOther: {
      zh: '一级事项 {id} 在基准目录中叫“{old}”，这里改成了另一个一级事项（{other}）的名称“{new}”：它的二级事项显示在别的一级事项下。县级目录只增不减：请改回“{old}”',
      en: 'Category {id} is named "{old}" in the baseline and here takes the name of another category ({other}), "{new}": its items show under another category. A county catalogue only adds: restore "{old}"',
    },
    nameTaken: {
      zh: '一级事项 {id} 在基准目录中叫“{old}”，这里改成了“{new}”，而“{old}”这个名称给了一级事项 {other}：它的二级事项显示在别的一级事项下。县级目录只增不减：请改回“{old}”',
      en: 'Category {id} is named "{old}" in the baseline, "{new}" here, and the name "{old}" now belongs to category {other}: its items show under another category. A county catalogue only adds: restore "{old}"',
    },
  },
  check(ctx, report) {
    const all = ctx.resolved.categories;
    for (const base of ctx.baseline?.categories ?? []) {
      const origin = ctx.origins.categories.get(base.id);
      const now = all.find((c) => c.id === base.id);
      if (!now || sameText(base.name, now.name)) continue;
      const at = origin?.pointer;
      const pointer = at === undefined ? '' : ([joinPointer(at, 'name'), at].find((p) => ctx.positions.has(p)) ?? '');
      // Red team: two categories swapping names move every item under another 一级事项, which moved-item refuses one by one.
      const county = ctx.source.kind === 'county';
      const other = county ? all.find((c) => c.id !== now.id && sameText(c.name, now.name)) : undefined;
      const taker = county && !other ? all.find((c) => c.id !== now.id && sameText(c.name, base.name)) : undefined;
      const clash = other ?? taker;
      report({
        ...(clash ? { severity: 'error' as const } : {}),
        messageId: other ? 'nameOfOther' : taker ? 'nameTaken' : 'default',
        pointer,
        target: base.id,
        data: { id: base.id, old: base.name, new: now.name, other: clash?.id ?? '' },
      });
    }
  },
});
