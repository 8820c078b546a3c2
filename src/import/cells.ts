/** Cell values as offices write them: lists one per line (or run together with ；/、), ticks, 同上 marks, numbering. */
import type { Audience, Level, Method } from '../model/index.js';

/** 同上 / 〃 / 同左 and the ASCII and curly ditto quotes people type for them. */
const DITTO = /^(同上|同左|〃|"|”|“|''|ditto)$/i;

export const isDitto = (text: string): boolean => DITTO.test(text.normalize('NFKC').replace(/[\s。.]/g, ''));

/** A numbering prefix: 1. 1、 （1） ① 一、 (not digits that begin the text itself, such as 2020年). */
const NUMBERING = /^(?:\d{1,2}[.、．）)]|[（(]\d{1,2}[)）]|[\u2460-\u2473]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\s*/u;

const stripNumbering = (s: string): string => s.replace(NUMBERING, '').trim();

/** A text cell: lines joined (a name wrapped by hand by Alt+Enter is one name). */
export function singleText(text: string): string {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '').join('');
}

/** A list cell: one entry per line; a single line is split at ；, and a channel line also at 、，. */
export function listOf(text: string, key: 'content' | 'basis' | 'channel'): string[] {
  let entries = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (entries.length === 1) {
    const line = entries[0] as string;
    const sep = key === 'channel' ? /[；;、，,]/u : /[；;]/u;
    entries = line.split(sep);
    if (key === 'basis' && entries.length === 1) entries = line.split(/(?<=》)[、，,\s]*(?=《)/u);
  }
  return entries.map((e) => stripNumbering(e).replace(/[；;，,、]+$/u, '').trim()).filter((e) => e !== '');
}

/** A tick or a yes: √ ✓ ✔ ● ☑ ★ 是 Y 有; empty, × 否 无 - mean no. */
export function isTicked(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s/g, '');
  if (t === '' || /^(×|✗|✘|否|无|不|-|—|－|\/|n|no|0|○)$/i.test(t)) return false;
  return true;
}

const VALUES = {
  audience: [[/全社会|社会公众|公众/, '全社会'], [/特定(群体|对象|人群)/, '特定群体']],
  method: [[/主动/, '主动'], [/依申请/, '依申请']],
  level: [[/市级/, '市级'], [/县/, '县级'], [/乡|镇/, '乡级'], [/校级|学校/, '校级']],
} as const;

/** The values a text cell names, for a 公开对象/方式/层级 column written as words ("全社会、特定群体"). */
export function valuesIn(text: string, key: 'audience' | 'method' | 'level'): (Audience | Method | Level)[] {
  return VALUES[key].filter(([re]) => re.test(text)).map(([, v]) => v);
}

/** A 一级事项 cell without its numbering (一、招生入学 → 招生入学). */
export const categoryName = (text: string): string => stripNumbering(singleText(text));
