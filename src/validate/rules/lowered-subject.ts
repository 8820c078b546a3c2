/**
 * lowered-subject (red team round 8): a county hands a baseline item published by a county-level body (县级教育行政部门,
 * 县级人民政府教育督导机构) down to the schools, a township or a village (各学校, 各乡镇中心学校, 卫辉市实验学校, 各乡镇人民政府):
 * the county no longer publishes it. changed-subject (info) stays for every other change of 公开主体.
 */
import { namesCountyBody, namesLowerBody, namesNoBody } from '../subject.js';
import { sameText } from '../normalize.js';
import { defineRule } from '../rule.js';
import { nearestPointer, pairedItems } from './util.js';

export default defineRule({
  id: 'lowered-subject',
  severity: 'error',
  declarable: true,
  description: {
    zh: '县级目录把由县级单位公开的事项改由学校或乡镇、村一级公开',
    en: 'A county catalogue hands an item the county level publishes down to schools or a township or village',
  },
  messages: {
    default: {
      zh: '事项“{name}”（{id}）的公开主体由“{old}”改为“{new}”：由县级单位公开的事项改由学校或乡镇、村一级公开，县级不再公开。县级目录只增不减：请写本级教育局（可以加上学校，如“{bureau}、各学校”）；确有理由请在 deviations 中以 {id}#subject 声明',
      en: 'Item "{name}" ({id}): the publishing body changed from "{old}" to "{new}": an item the county level publishes is handed down to schools or a township or village, and the county no longer publishes it. County catalogues only add: name the bureau (schools may be added beside it, e.g. "{bureau}、各学校"), or declare {id}#subject in deviations',
    },
  },
  check(ctx, report) {
    if (ctx.source.kind !== 'county') return;
    pairedItems(ctx)
      .filter(({ base, item }) => !sameText(base.subject, item.subject) && !namesNoBody(item.subject))
      .filter(({ base, item }) => namesCountyBody(base.subject) && namesLowerBody(item.subject))
      .forEach(({ base, item, origin }) =>
        report({
          pointer: nearestPointer(ctx, origin, 'subject'),
          target: `${base.id}#subject`,
          data: { id: base.id, name: item.name, old: base.subject, new: item.subject, bureau: ctx.resolved.issuer },
        }),
      );
  },
});
