/**
 * withdrawn-disclosure: new text — of an item, a new item or category, the title or the document — says in plain words
 * that something is not (or no longer) published. On what a county inherits from the baseline (a baseline item's or
 * category's text, the catalogue's title, region, issuer and document) it withdraws a municipal disclosure: an error,
 * declarable like removed-item. On what the county added itself it withdraws nothing municipal: a warning. Schools may
 * remove: info on inherited items and categories, a warning elsewhere.
 */
import { ELEMENT_LABELS, type CatalogueKind, type Item, type Severity } from '../../model/index.js';
import { joinPointer } from '../../load/positions.js';
import { normalizeText } from '../normalize.js';
import { defineRule, removalSeverity, type RuleContext, type RuleFinding } from '../rule.js';
import { withdrawnPhrase } from '../withdrawn.js';
import { nearestPointer, resolvedItems } from './util.js';

/** The text fields of an item: every element but the three closed vocabularies, and the note. */
const TEXT_FIELDS = ['name', 'content', 'basis', 'timeLimit', 'subject', 'channel', 'note'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const FIELD_ZH: Readonly<Record<string, string>> = {
  ...Object.fromEntries(TEXT_FIELDS.map((key) => [key, ELEMENT_LABELS[key].zh])),
  title: '标题',
  region: '地区',
  issuer: '发布机关',
  number: '发文字号',
  filingNumber: '备案文号',
  signer: '签发人',
  recipients: '主送机关',
  copyTo: '抄送机关',
  printedBy: '印发机关',
};

const list = (v: unknown): readonly string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
type Found = RuleFinding<'added' | 'category' | 'catalogue'>;

/** The grade of a withdrawal of something the catalogue inherits: an error for a county (only add), info for a school (may remove). */
function inheritedSeverity(kind: CatalogueKind): Severity {
  return removalSeverity(kind) ?? 'error';
}
const texts = (item: Item | undefined, field: TextField): readonly string[] => list(item?.[field]);

/** The phrase in `text` that withdraws, unless the baseline already said the same thing there. */
function newPhrase(text: string, had: readonly string[], onRequest: boolean, toEveryone = true, channels: readonly string[] = []): string | undefined {
  if (had.some((h) => normalizeText(h) === normalizeText(text))) return undefined;
  const phrase = withdrawnPhrase(text, { onRequest, toEveryone, channels });
  return phrase === undefined || withdrawnPhrase(had.join('\n'), { onRequest, toEveryone, channels }) === phrase ? undefined : phrase;
}

/** Words that point at other items of the catalogue: 第三类, 第5项, 上述/其余/其他/全部/所有…事项. */
const POINTS_AT_ITEMS =
  /第[一二三四五六七八九十百零〇两\d]+[类项条]|(上述|以上|前述|其余|其他|其它|全部|所有|各类|各项|下列|部分|若干|有关|相关)(的)?(一级|二级)?(事项|类别|内容|项目)/u;

/**
 * Whether a new item's text names what the county inherits: a baseline item or category by name, or other items
 * by number or by 上述/其余事项 — then it withdraws municipal items, and weighs as a withdrawal on them.
 */
function namesBaseline(ctx: RuleContext, text: string): boolean {
  if (POINTS_AT_ITEMS.test(text)) return true;
  const t = normalizeText(text);
  return (ctx.baseline?.categories ?? []).some(
    (c) =>
      (normalizeText(c.name).length >= 2 && t.includes(normalizeText(c.name))) ||
      c.items.some((i) => normalizeText(i.name).length >= 2 && t.includes(normalizeText(i.name))),
  );
}

/** Every item, new ones included: each entry of each text field that the baseline item did not have. */
function itemFindings(ctx: RuleContext): Found[] {
  const out: Found[] = [];
  for (const { item, base, origin } of resolvedItems(ctx)) {
    const onRequest = item.method.includes('依申请');
    const toEveryone = item.audience.includes('全社会');
    // A county's new item withdraws nothing municipal (the rule's warning); a school's is info, like all a school removes.
    const severity = base ? inheritedSeverity(ctx.source.kind) : removalSeverity(ctx.source.kind);
    for (const field of TEXT_FIELDS) {
      texts(item, field).forEach((text, i) => {
        const phrase = newPhrase(text, texts(base, field), onRequest, toEveryone, item.channel);
        if (phrase === undefined) return;
        // A new item that withdraws baseline items by name or number (“第三类至第五类事项本县暂不公开”) withdraws them.
        const weight = !base && namesBaseline(ctx, text) ? inheritedSeverity(ctx.source.kind) : severity;
        out.push({
          ...(weight ? { severity: weight } : {}),
          messageId: base ? ('default' as const) : ('added' as const),
          pointer: nearestPointer(ctx, origin, field, ...(typeof item[field] === 'string' ? [] : [i])),
          target: `${item.id}#${field}`,
          data: { id: item.id, name: item.name, field, fieldName: FIELD_ZH[field] ?? field, text, phrase },
        });
      });
    }
  }
  return out;
}

/** The names of new categories, and of baseline categories given a new name (招生管理 → 招生管理（暂停公开）). */
function categoryFindings(ctx: RuleContext): Found[] {
  const baseNames = new Map(ctx.baseline?.categories.map((c) => [c.id, c.name]));
  return ctx.resolved.categories.flatMap((c) => {
    const had = baseNames.get(c.id);
    const phrase = newPhrase(c.name, had === undefined ? [] : [had], false);
    const pointer = ctx.origins.categories.get(c.id)?.pointer ?? '';
    return phrase === undefined
      ? []
      : [
          {
            // A new category naming baseline items or categories (“第五类至第七类事项暂不公开”) withdraws them, as a new item's text does.
            ...(had !== undefined || namesBaseline(ctx, c.name) ? { severity: inheritedSeverity(ctx.source.kind) } : {}),
            messageId: 'category',
            pointer: ctx.positions.has(joinPointer(pointer, 'name')) ? joinPointer(pointer, 'name') : pointer,
            target: c.id,
            data: { id: c.id, name: c.name, field: 'name', fieldName: '一级事项名称', text: c.name, phrase },
          } satisfies Found,
        ];
  });
}

/** The catalogue's title, region, issuer and document information: words there withdraw the whole catalogue. */
function catalogueFindings(ctx: RuleContext): Found[] {
  const { resolved, baseline } = ctx;
  const fields: [string, unknown, unknown][] = [
    ...(['title', 'region', 'issuer'] as const).map((k): [string, unknown, unknown] => [k, resolved[k], baseline?.[k]]),
    ...Object.entries(resolved.document)
      .filter(([k]) => k !== 'contact' && k !== 'date')
      .map(([k, v]): [string, unknown, unknown] => [`document/${k}`, v, undefined]),
  ];
  return fields.flatMap(([key, value, had]) =>
    list(value).flatMap((text, i) => {
      const phrase = newPhrase(text, list(had), false);
      const pointer = Array.isArray(value) ? `/${key}/${i}` : `/${key}`;
      const field = key.split('/').pop() ?? key;
      return phrase === undefined
        ? []
        : [
            {
              // The whole catalogue is inherited: an error for a county; a school's stays a warning (there is no target to declare).
              ...(ctx.source.kind === 'county' ? { severity: 'error' as const } : {}),
              messageId: 'catalogue',
              pointer: ctx.positions.has(pointer) ? pointer : `/${key}`,
              data: { field, fieldName: FIELD_ZH[field] ?? field, text, phrase },
            } satisfies Found,
          ];
    }),
  );
}

export default defineRule({
  id: 'withdrawn-disclosure',
  severity: 'warning',
  declarable: true,
  description: {
    zh: '新写的文字说某个事项、类别或整个目录不公开、暂停公开或只向部分人提供（县级目录写在市级事项、一级事项或目录本身上时为错误）',
    en: 'New text says an item, a category or the whole catalogue is not, no longer, or only partly published (an error in a county catalogue on a baseline item, category or the catalogue itself)',
  },
  messages: {
    default: {
      zh: '事项“{name}”（{id}）的{fieldName}写有“{text}”，其中“{phrase}”表示不公开、暂停或收窄公开，基准目录中没有这样的话。县级目录只增不减：请删去这句话；确有理由请在 deviations 中以 {id}#{field} 声明',
      en: 'Item "{name}" ({id}): the {field} says "{text}"; "{phrase}" withdraws, suspends or narrows the disclosure, which the baseline does not. County catalogues only add: delete it, or declare {id}#{field} in deviations',
    },
    added: {
      zh: '新增事项“{name}”（{id}）的{fieldName}写有“{text}”，其中“{phrase}”表示不公开、暂停或收窄公开。新增事项不能用来撤回基准事项：请删去这句话；确有理由请在 deviations 中以 {id}#{field} 声明',
      en: 'New item "{name}" ({id}): the {field} says "{text}"; "{phrase}" withdraws, suspends or narrows a disclosure. A new item cannot withdraw baseline items: delete it, or declare {id}#{field} in deviations',
    },
    category: {
      zh: '一级事项“{name}”（{id}）的名称中“{phrase}”表示不公开、暂停或收窄公开，基准目录中没有这样的话：请删去这句话；确有理由请在 deviations 中以 {id} 声明',
      en: 'Category "{name}" ({id}): "{phrase}" in its name withdraws, suspends or narrows a disclosure, which the baseline does not: delete it, or declare {id} in deviations',
    },
    catalogue: {
      zh: '目录的{fieldName}写有“{text}”，其中“{phrase}”表示整个目录不公开、暂停或收窄公开，基准目录中没有这样的话：请删去这句话（这一条不能声明为偏离）',
      en: 'The catalogue\'s {field} says "{text}"; "{phrase}" withdraws, suspends or narrows the whole catalogue, which the baseline does not: delete it (this cannot be declared as a deviation)',
    },
  },
  check(ctx, report) {
    if (!ctx.baseline) return;
    [...itemFindings(ctx), ...categoryFindings(ctx), ...catalogueFindings(ctx)].forEach(report);
  },
});
