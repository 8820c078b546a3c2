/** changed-subject: 公开主体 differs from the baseline's (expected when a county names its own bureau). */
import { sameText } from '../normalize.js';
import { namesCountyBody, namesLowerBody, namesNoBody } from '../subject.js';
import { defineRule } from '../rule.js';
import { nearestPointer, pairedItems } from './util.js';

export default defineRule({
  id: 'changed-subject',
  severity: 'info',
  description: {
    zh: '公开主体与基准目录不同（县级目录写明本级教育局是正常的）',
    en: "The publishing body differs from the baseline's (a county naming its own bureau is expected)",
  },
  messages: {
    default: { zh: '事项“{name}”（{id}）的公开主体由“{old}”改为“{new}”', en: 'Item "{name}" ({id}): the publishing body changed from "{old}" to "{new}"' },
    noBody: {
      zh: '事项“{name}”（{id}）的公开主体由“{old}”改为“{new}”，没有写明由哪个单位负责公开：请写本级教育局或学校的名称，如“卫辉市教育局”',
      en: 'Item "{name}" ({id}): the publishing body changed from "{old}" to "{new}", which names no body responsible: write the bureau or school, e.g. 卫辉市教育局',
    },
  },
  check(ctx, report) {
    pairedItems(ctx)
      .filter(({ base, item }) => !sameText(base.subject, item.subject))
      // Handed down to schools or a township by a county: lowered-subject (an error) says it.
      .filter(({ base, item }) => ctx.source.kind !== 'county' || namesNoBody(item.subject) || !(namesCountyBody(base.subject) && namesLowerBody(item.subject)))
      .forEach(({ base, item, origin }) =>
        report({
          ...(namesNoBody(item.subject) ? { severity: 'warning' as const, messageId: 'noBody' as const } : {}),
          pointer: nearestPointer(ctx, origin, 'subject'),
          target: `${base.id}#subject`,
          data: { id: base.id, name: item.name, old: base.subject, new: item.subject },
        }),
      );
  },
});
