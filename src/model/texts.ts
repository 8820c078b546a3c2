/** Bilingual text tables (zh, en) with `{slot}` templates: the one way every module words its messages. */
import type { Lang, Message } from './diagnostic.js';

export type TextTable = Readonly<Record<string, Message>>;
/** Slot values: a value in both languages ({ zh, en }) is filled in the language of the template. */
export type TextData = Readonly<Record<string, string | number | Message>>;

interface FillOptions {
  /** The language a bilingual value ({ zh, en }) is filled in; default zh. */
  readonly lang?: Lang;
  /** Rewrites each value before it goes in (e.g. makes controls visible); default: as it is. */
  readonly show?: (value: string) => string;
}

/** Fill `{slot}`s from data (own keys only), a bilingual value in `opts.lang`, each value through `opts.show`. */
export function fillTemplate(template: string, data: TextData = {}, opts: FillOptions = {}): string {
  const { lang = 'zh', show = (v: string) => v } = opts;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, key)) return whole;
    const value = data[key];
    return show(typeof value === 'object' ? value[lang] : String(value));
  });
}

/** A lookup for one table: `texts(lang, id, data)`. */
export function textLookup<T extends TextTable>(table: T): (lang: Lang, id: keyof T & string, data?: TextData) => string {
  return (lang, id, data = {}) => fillTemplate(table[id]?.[lang] ?? id, data, { lang });
}
