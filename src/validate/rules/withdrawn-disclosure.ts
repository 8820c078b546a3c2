/** withdrawn-disclosure: text the baseline item did not have says, in plain words, that it is not (or no longer) published. */
import type { Finding, Item } from '../../model/index.js';
import { normalizeText } from '../normalize.js';
import { defineRule, removalSeverity } from '../rule.js';
import { withdrawnPhrase } from '../withdrawn.js';
import { nearestPointer, pairedItems } from './util.js';

/** The text fields of an item: every element but the three closed vocabularies, and the note. */
const TEXT_FIELDS = ['name', 'content', 'basis', 'timeLimit', 'subject', 'channel', 'note'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const FIELD_ZH: Readonly<Record<TextField, string>> = {
  name: '事项名称', content: '公开内容', basis: '公开依据', timeLimit: '公开时限', subject: '公开主体', channel: '公开渠道', note: '备注',
};

function texts(item: Item, field: TextField): readonly string[] {
  const v = item[field];
  return v === undefined ? [] : typeof v === 'string' ? [v] : v;
}

export default defineRule({
  id: 'withdrawn-disclosure',
  severity: 'warning',
  declarable: true,
  description: { zh: '新写的文字说某个基准事项不公开、暂停公开或只向部分人提供', en: 'New text says a baseline item is not, no longer, or only partly published' },
  messages: {
    default: {
      zh: '事项“{name}”（{id}）的{fieldName}写有“{text}”，其中“{phrase}”表示不公开、暂停或收窄公开，基准目录中没有这样的话。县级目录只增不减：请删去这句话；确有理由请在 deviations 中以 {id}#{field} 声明',
      en: 'Item "{name}" ({id}): the {field} says "{text}"; "{phrase}" withdraws, suspends or narrows the disclosure, which the baseline does not. County catalogues only add: delete it, or declare {id}#{field} in deviations',
    },
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const { base, item, origin } of pairedItems(ctx)) {
      for (const field of TEXT_FIELDS) {
        const had = new Set(texts(base, field).map(normalizeText));
        texts(item, field).forEach((text, i) => {
          if (had.has(normalizeText(text))) return;
          const phrase = withdrawnPhrase(text);
          if (phrase === undefined || withdrawnPhrase(texts(base, field).join('\n')) === phrase) return;
          out.push({
            rule: 'withdrawn-disclosure', severity: removalSeverity(ctx.source.kind), pointer: nearestPointer(ctx, origin, field, ...(typeof item[field] === 'string' ? [] : [i])), target: `${base.id}#${field}`,
            data: { id: base.id, name: base.name, field, fieldName: FIELD_ZH[field], text, phrase },
          });
        });
      }
    }
    return out;
  },
});
