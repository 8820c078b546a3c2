/** Names people read, one table each: the nine elements of an item (要素) and which are lists, catalogue kinds, NAME@VERSION. */
import type { CatalogueKind } from './catalogue.js';
import type { Message } from './diagnostic.js';

/** The nine elements every resolved item carries, in table order. */
export const ELEMENT_KEYS = ['name', 'content', 'basis', 'timeLimit', 'subject', 'channel', 'audience', 'method', 'level'] as const;
export type ElementKey = (typeof ELEMENT_KEYS)[number];
/** The list-valued elements. */
export const LIST_KEYS = ['content', 'basis', 'channel', 'audience', 'method', 'level'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/** Whether an element holds a list (a single string is accepted in source files). */
export function isListKey(key: string): key is ListKey {
  return (LIST_KEYS as readonly string[]).includes(key);
}

/**
 * What messages call each element (and the optional 备注): the guideline's own words — its 要素 are “名称、公开内容、
 * 公开依据、公开时限、公开主体（单位）、公开渠道、公开对象、公开方式、公开层级”.
 */
export const ELEMENT_LABELS: Readonly<Record<ElementKey | 'note', Message>> = {
  name: { zh: '事项名称', en: 'name' },
  content: { zh: '公开内容', en: 'content' },
  basis: { zh: '公开依据', en: 'basis' },
  timeLimit: { zh: '公开时限', en: 'time limit' },
  subject: { zh: '公开主体', en: 'subject' },
  channel: { zh: '公开渠道', en: 'channel' },
  audience: { zh: '公开对象', en: 'audience' },
  method: { zh: '公开方式', en: 'method' },
  level: { zh: '公开层级', en: 'level' },
  note: { zh: '备注', en: 'note' },
};

/**
 * What the issued documents call each element: the published table's words (spec: baseline-facts “The table as
 * published”), where the channel column is 公开渠道和载体; the table's header cell adds （要素） to 公开内容.
 */
export const DOCUMENT_LABELS: Readonly<Record<ElementKey | 'note', string>> = {
  ...(Object.fromEntries(Object.entries(ELEMENT_LABELS).map(([key, label]) => [key, label.zh])) as Record<ElementKey | 'note', string>),
  channel: '公开渠道和载体',
};

/** 目录类别 as messages name them. */
export const KIND_LABELS: Readonly<Record<CatalogueKind, Message>> = {
  municipal: { zh: '市级', en: 'municipal' },
  county: { zh: '县级', en: 'county' },
  school: { zh: '学校', en: 'school' },
};

/** A catalogue as people name it: NAME@VERSION, or NAME alone when it has no version. */
export function catalogueLabel(ref: { readonly id: string; readonly version?: string | number | undefined }): string {
  return ref.version === undefined || ref.version === '' ? ref.id : `${ref.id}@${String(ref.version)}`;
}
