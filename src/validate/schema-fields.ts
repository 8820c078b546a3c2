/** Field-specific `schema` findings: which element is empty, how a date, `extends` or an id is written, impossible dates. */
import { ELEMENT_KEYS, ELEMENT_LABELS, type Finding, type Message } from '../model/index.js';
import { isBlankText, normalizeText } from './normalize.js';
import { toSimplified } from './traditional.js';

interface Field {
  readonly zh: string;
  /** What the field should hold. */
  readonly hint: Message;
}

/** Each key's name in Chinese and what it should hold. */
const FIELDS: Readonly<Record<string, Field>> = {
  name: { zh: '名称', hint: { zh: '写明名称，如 招生计划', en: 'write the name, e.g. 招生计划' } },
  content: {
    zh: ELEMENT_LABELS.content.zh,
    hint: { zh: '写明公开哪些信息，如 [招生范围, 招生计划]', en: 'list what is disclosed, e.g. [招生范围, 招生计划]' },
  },
  basis: {
    zh: ELEMENT_LABELS.basis.zh,
    hint: { zh: '写明依据的法规、文件，如 《中华人民共和国政府信息公开条例》', en: 'name the laws or documents, e.g. 《中华人民共和国政府信息公开条例》' },
  },
  timeLimit: {
    zh: ELEMENT_LABELS.timeLimit.zh,
    hint: { zh: '写明时限，如 信息形成或者变更之日起20个工作日内', en: 'write the time limit, e.g. 信息形成或者变更之日起20个工作日内' },
  },
  subject: { zh: ELEMENT_LABELS.subject.zh, hint: { zh: '写明负责公开的单位，如 卫辉市教育局', en: 'name the body responsible, e.g. 卫辉市教育局' } },
  channel: { zh: ELEMENT_LABELS.channel.zh, hint: { zh: '写明渠道，如 [政府网站, 政务新媒体]', en: 'list the channels, e.g. [政府网站, 政务新媒体]' } },
  audience: { zh: ELEMENT_LABELS.audience.zh, hint: { zh: '写 全社会 或 特定群体', en: 'write 全社会 or 特定群体' } },
  method: { zh: ELEMENT_LABELS.method.zh, hint: { zh: '写 主动 或 依申请', en: 'write 主动 or 依申请' } },
  level: {
    zh: ELEMENT_LABELS.level.zh,
    hint: { zh: '写 市级、县级、乡级、校级 中的一个或几个，如 [县级]', en: 'write one or more of 市级, 县级, 乡级, 校级, e.g. [县级]' },
  },
  region: { zh: '地区', hint: { zh: '写明县（市、区）或学校的名称，如 卫辉市', en: 'name the county or school, e.g. 卫辉市' } },
  title: { zh: '标题', hint: { zh: '如 卫辉市义务教育领域基层政务公开标准目录', en: 'e.g. 卫辉市义务教育领域基层政务公开标准目录' } },
  issuer: { zh: '发布机关', hint: { zh: '如 卫辉市教育局', en: 'e.g. 卫辉市教育局' } },
  extends: {
    zh: '上级目录',
    hint: {
      zh: '写成 xinxiang@2020，学校写本县目录的相对路径，如 ../weihui.yaml',
      en: 'write xinxiang@2020, or for a school the relative path of its county file, e.g. ../weihui.yaml',
    },
  },
  version: { zh: '版本', hint: { zh: '如 version: "2020"', en: 'e.g. version: "2020"' } },
  reason: { zh: '偏离理由', hint: { zh: '写明确有理由不公开或不照搬的原因', en: 'give the reason for the deviation' } },
  target: {
    zh: '偏离对象',
    hint: { zh: '写事项编号，或 事项#要素，如 enrollment.plan#channel', en: 'write an item id, or ITEM#FIELD, e.g. enrollment.plan#channel' },
  },
};

/** Whose field a pointer is: an item, a category, the document information or the catalogue itself. */
function owner(data: unknown, pointer: string): Message {
  const m = /^\/categories\/(\d+)(?:\/items\/(\d+))?\//.exec(pointer);
  const cats = (data as { categories?: { id?: unknown; items?: { id?: unknown }[] }[] } | null)?.categories;
  if (m && Array.isArray(cats)) {
    const cat = cats[Number(m[1])];
    const item = m[2] !== undefined && Array.isArray(cat?.items) ? cat?.items[Number(m[2])] : undefined;
    if (m[2] !== undefined) return { zh: `事项“${String(item?.id ?? '')}”的`, en: `of item "${String(item?.id ?? '')}"` };
    return { zh: `一级事项“${String(cat?.id ?? '')}”的`, en: `of category "${String(cat?.id ?? '')}"` };
  }
  if (pointer.startsWith('/document/')) return { zh: '公文信息中的', en: 'in document' };
  if (pointer.startsWith('/deviations/')) return { zh: '偏离声明中的', en: 'in deviations' };
  return { zh: '', en: '' };
}

/** The field a pointer names (the key, or the list's key for an entry). */
function fieldOf(pointer: string): string {
  const parts = pointer.split('/');
  const last = parts[parts.length - 1] ?? '';
  return /^\d+$/.test(last) ? (parts[parts.length - 2] ?? '') : last;
}

/** An empty value (null, "", [] or an empty entry), said with the element's name and what it should hold. */
export function emptyFinding(data: unknown, pointer: string): Finding {
  const field = fieldOf(pointer);
  const f = FIELDS[field];
  const who = owner(data, pointer);
  const entry = /\/\d+$/.test(pointer) && !/\/(categories|items|deviations)\/\d+$/.test(pointer);
  return {
    rule: 'schema',
    pointer,
    messageId: entry ? 'emptyEntry' : pointer.startsWith('/categories/') ? 'emptyField' : 'emptyValue',
    data: { owner: who, label: f?.zh ?? field, field, hint: f?.hint ?? { zh: '请填写内容，或删掉这一行', en: 'fill it in, or delete the line' } },
  };
}

/** A pattern failure, worded for the field: the catalogue id, `extends`, a date, a deviation target or an id. */
export function patternFinding(pointer: string, value: string): Finding {
  if (pointer === '/id') return { rule: 'schema', pointer, messageId: 'catalogueId', data: { value } };
  if (pointer === '/extends') return { rule: 'schema', pointer, messageId: 'extends', data: { value } };
  if (pointer === '/document/date')
    return dateFinding(pointer, value) ?? { rule: 'schema', pointer, messageId: 'date', data: { value, suggestion: '2020-10-28' } };
  if (/^\/deviations\/\d+\/target$/.test(pointer)) return { rule: 'schema', pointer, messageId: 'target', data: { value } };
  return { rule: 'schema', pointer, messageId: 'pattern', data: { value } };
}

/** A date written another way (2020年10月28日, 2020.10.28, 2020/10/28), or one that does not exist. */
function dateFinding(pointer: string, value: string): Finding | undefined {
  const m = /^\s*(\d{4})\s*[年.\/\-－—]\s*(\d{1,2})\s*[月.\/\-－—]\s*(\d{1,2})\s*日?\s*$/u.exec(toAsciiDigits(value));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return { rule: 'schema', pointer, messageId: 'badMonth', data: { value, month: mo } };
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return { rule: 'schema', pointer, messageId: 'badDay', data: { value, year: y, month: mo, days } };
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return iso === value ? undefined : { rule: 'schema', pointer, messageId: 'date', data: { value, suggestion: iso } };
}

/** A document date that matches the pattern but is not in the calendar (2020-02-30, 2021-02-29). */
export function impossibleDate(data: unknown): Finding[] {
  const date = (data as { document?: { date?: unknown } } | null)?.document?.date;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
  const f = dateFinding('/document/date', date);
  return f ? [f] : [];
}

const toAsciiDigits = (s: string): string => s.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Blank elements of categories and items ("" or [] or a blank entry), which the schema's types let through. */
export function emptyValues(data: unknown): Finding[] {
  const out: Finding[] = [];
  const cats = (data as { categories?: unknown } | null)?.categories;
  const check = (node: unknown, base: string, keys: readonly string[]): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const k of keys) {
      const v = (node as Record<string, unknown>)[k];
      if (isBlank(v) || (Array.isArray(v) && v.length === 0)) out.push(emptyFinding(data, `${base}/${k}`));
      else if (Array.isArray(v)) v.forEach((e, i) => isBlank(e) && out.push(emptyFinding(data, `${base}/${k}/${i}`)));
    }
  };
  check(data, '', ['region', 'title', 'issuer']);
  if (!Array.isArray(cats)) return out;
  cats.forEach((c: unknown, ci) => {
    check(c, `/categories/${ci}`, ['name']);
    const items = (c as { items?: unknown } | null)?.items;
    if (Array.isArray(items)) items.forEach((it, ii) => check(it, `/categories/${ci}/items/${ii}`, ELEMENT_KEYS));
  });
  return out;
}

const isBlank = (v: unknown): boolean => typeof v === 'string' && isBlankText(v);

/** Words that stand in for a reason without giving one. */
const PLACEHOLDER_REASON = /^(?:无|略|暂无|同上|待定|待补充|不适用|理由|原因|见附件|详见附件|其他|其它|na|n\/a|none|null|tbd|todo|x+)$/iu;

/** Whether a deviation reason is real text: at least four letters or CJK characters, and not a placeholder word. */
export function isRealReason(reason: string): boolean {
  const words = normalizeText(reason).replace(/[^\p{L}\p{N}/]/gu, '');
  return (words.match(/[\p{L}\p{N}]/gu) ?? []).length >= 4 && !PLACEHOLDER_REASON.test(words);
}

/**
 * Stock phrases that fit any deviation and name no circumstance (根据本县实际情况, 因工作需要, 按照上级有关要求, 经研究决定调整,
 * 客观原因所限), with the connecting words between them. Longest first; single characters only where they cannot
 * begin a word of substance (经费, 因材 keep their 经, 因).
 */
const STOCK_REASON = new RegExp(
  [
    '经研究决定|研究决定|经研究|实际情况|实际需要|工作需要|工作安排|上级部门|上级要求|有关要求|相关要求|有关规定|相关规定|有关文件|相关文件|文件精神',
    '具体情况|客观原因|主观原因|特殊原因|其他原因|其它原因|各种原因|多种原因|原因所限|条件所限|条件限制|综合考虑|统筹考虑|考虑到|结合实际|立足实际',
    '根据|依据|结合|按照|遵照|依照|参照|鉴于|由于|因为|基于|出于|考虑|立足|本县|本市|本区|我县|我市|我区|本地区|本地|当地|全县|全市|全区',
    '本单位|我局|本局|实际|情况|具体|需要|需求|工作|上级|领导|要求|安排|部署|规定|有关|相关|特殊|客观|主观|原因|不同|差异|存在|调整|变化|变动',
    '决定|精神|统筹|综合|方面|因素|问题|条件|限制|所限|现阶段|目前|暂时|本事项|本项|此项|该项|事项|内容|删减|不再|公开|予以|进行|做出|作出|酌情',
    '特此说明|特此|说明|如下|进一步|更好地?|做好|开展|政务公开|县委|县政府|市政府|统一|局党组|党组|局务会|局长办公会|办公会|会议|指示|部门',
    '情形|特点|特色|地方|适当|合理|必要|因|为了|为|的|了|等|和|与|及|其|之',
  ].join('|'),
  'gu',
);

/** Whether a real-looking reason is made of stock phrases only (根据实际情况, 工作需要, 上级要求): it names nothing. */
export function isStockReason(reason: string): boolean {
  const rest = toSimplified(normalizeText(reason))
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(STOCK_REASON, '');
  return (rest.match(/[\p{L}\p{N}]/gu) ?? []).length < 4;
}

/** Deviation reasons that are blank, punctuation or a placeholder (\u200b, " ", "-", 无, 。): the deviation does not apply. */
export function emptyReasons(data: unknown): Finding[] {
  const devs = (data as { deviations?: unknown } | null)?.deviations;
  if (!Array.isArray(devs)) return [];
  return devs.flatMap((d: unknown, i) => {
    const reason = (d as { reason?: unknown } | null)?.reason;
    if (typeof reason !== 'string') return [];
    const messageId = !isRealReason(reason) ? 'blankReason' : isStockReason(reason) ? 'stockReason' : undefined;
    return messageId ? [{ rule: 'schema', pointer: `/deviations/${i}/reason`, messageId, data: { value: reason } } satisfies Finding] : [];
  });
}
