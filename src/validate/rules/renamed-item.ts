/** renamed-item: a baseline item got another name. */
import { sameText } from '../normalize.js';
import { defineRule } from '../rule.js';
import { nearestPointer, pairedItems } from './util.js';

export default defineRule({
  id: 'renamed-item',
  severity: 'warning',
  description: { zh: '基准目录的二级事项改了名称', en: 'A baseline item got another name' },
  messages: {
    default: {
      zh: '二级事项 {id} 在基准目录中叫“{old}”，这里改成了“{new}”。与市级目录保持一致便于对照和备案',
      en: 'Item {id} is named "{old}" in the baseline, "{new}" here. Keeping the municipal name makes the catalogues comparable',
    },
  },
  check(ctx, report) {
    pairedItems(ctx)
      .filter(({ base, item }) => !sameText(base.name, item.name))
      .forEach(({ base, item, origin }) =>
        report({
          pointer: nearestPointer(ctx, origin, 'name'),
          target: `${base.id}#name`,
          data: { id: base.id, old: base.name, new: item.name },
        }),
      );
  },
});
