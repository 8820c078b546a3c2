/** Bilingual text tables (zh, en) with `{slot}` templates: the one way every module words its messages. */
import type { Lang, Message } from './diagnostic.js';

export type TextTable = Readonly<Record<string, Message>>;
export type TextData = Readonly<Record<string, string | number>>;

/** Fill `{slot}`s from data (own keys only); `show` can rewrite each value (e.g. make controls visible). */
export function fillTemplate(template: string, data: TextData = {}, show: (value: string) => string = (v) => v): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.prototype.hasOwnProperty.call(data, key) ? show(String(data[key])) : whole));
}

/** A lookup for one table: `texts(lang, id, data)`. */
export function textLookup<T extends TextTable>(table: T): (lang: Lang, id: keyof T & string, data?: TextData) => string {
  return (lang, id, data = {}) => fillTemplate(table[id]?.[lang] ?? id, data);
}
