/** renamed-category: a baseline category got another name; for a county an error when the name is another category's or another took the old one. */
import { joinPointer } from '../../load/positions.js';
import { sameText } from '../normalize.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'renamed-category',
  severity: 'warning',
  description: {
    zh: '基准目录的一级事项改了名称（县级目录：改用另一一级事项的名称，或新增一级事项与基准一级事项（包括删减的）同名，为错误）',
    en: "A baseline category got another name (a county: taking another category's name, or a new category named like a baseline one, removed or not, is an error)",
  },
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
    sameName: {
      zh: '新增的一级事项 {id} 与基准目录的一级事项 {other} 同名（“{new}”）：目录中有两个“{new}”，读者分不清哪一个是市级一级事项。请给新增一级事项另起名称，或把二级事项写进 {other}',
      en: 'The new category {id} has the name of the baseline category {other} ("{new}"): the catalogue shows two of that name and a reader cannot tell which is the municipal one. Give the new category a name of its own, or put its items under {other}',
    },
    removedName: {
      zh: '新增的一级事项 {id} 与删减的基准一级事项 {other} 同名（“{new}”）：读者看到的“{new}”已不是市级一级事项，它的二级事项也不再与市级目录比较。请沿用编号 {other}、去掉删减，或给新增一级事项另起名称',
      en: 'The new category {id} has the name of the baseline category {other} the catalogue removes ("{new}"): the "{new}" a reader sees is not the municipal category, and none of its items is compared with the municipal ones. Keep the id {other} and drop the removal, or give the new category a name of its own',
    },
  },
  check(ctx, report) {
    const all = ctx.resolved.categories;
    // Round 8: a county's new category named like a baseline category — kept (two 招生管理) or removed (校园安全 removed
    // with a declared reason and added back under the same name with weaker items).
    if (ctx.source.kind === 'county') {
      const baseline = ctx.baseline?.categories ?? [];
      for (const c of all) {
        const origin = ctx.origins.categories.get(c.id);
        if (baseline.some((b) => b.id === c.id)) continue;
        const twin = baseline.find((b) => sameText(b.name, c.name));
        if (!twin) continue;
        const kept = all.some((k) => k.id === twin.id);
        const at = origin?.pointer;
        report({
          severity: 'error',
          messageId: kept ? 'sameName' : 'removedName',
          pointer: at === undefined ? '' : ([joinPointer(at, 'name'), at].find((p) => ctx.positions.has(p)) ?? ''),
          target: c.id,
          data: { id: c.id, old: twin.name, new: c.name, other: twin.id },
        });
      }
    }
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
