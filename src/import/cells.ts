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
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('');
}

/** A list cell: one entry per line; a single line is split at ；, and a channel line also at 、，. */
export function listOf(text: string, key: 'content' | 'basis' | 'channel'): string[] {
  let entries = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (entries.length === 1) {
    const line = entries[0] as string;
    const sep = key === 'channel' ? /[；;、，,]/u : /[；;]/u;
    entries = line.split(sep);
    if (key === 'basis' && entries.length === 1) entries = line.split(/(?<=》)[、，,\s]*(?=《)/u);
  }
  return entries
    .map((e) =>
      stripNumbering(e)
        .replace(/[；;，,、]+$/u, '')
        .trim(),
    )
    .filter((e) => e !== '');
}

/** Marks that say yes: √ ✓ ✔ ● ☑ ★ 是 Y 有 (and V, 1, the filled shapes people type for a tick). */
const TICK = /^(?:√|✓|✔|✅|☑|🗹|●|◉|■|◆|★|▲|是|有|对|y|yes|v|1|true)$/i;
/** Marks that say no: empty, × ✕ x 否 无 不 - / ○, an empty box ☐ □. */
const NO_TICK = /^(?:|×|✗|✘|✕|✖|❌|╳|x|否|无|不|非|未|-|—|－|\/|n|no|0|false|○|◯|☐|□)$/i;

/**
 * How a tick cell reads: 'on' (a tick or a yes), 'off' (empty or a no), or 'unclear' — anything else (☒,
 * 不公开, 依申请, a stray word) is neither: it is read as no and reported, never guessed to be a tick.
 */
export function tickMark(text: string): 'on' | 'off' | 'unclear' {
  const t = text.normalize('NFKC').replace(/[\s。.，,；;！!]/gu, '');
  if (NO_TICK.test(t)) return 'off';
  return TICK.test(t) ? 'on' : 'unclear';
}

const VALUES = {
  audience: [
    [/全社会|社会公众|公众/, '全社会'],
    [/特定(群体|对象|人群)/, '特定群体'],
  ],
  method: [
    [/主动/, '主动'],
    [/依申请/, '依申请'],
  ],
  level: [
    [/市级/, '市级'],
    [/县/, '县级'],
    [/乡|镇/, '乡级'],
    [/校级|学校/, '校级'],
  ],
} as const;

/** The values a text cell names, for a 公开对象/方式/层级 column written as words ("全社会、特定群体"). */
export function valuesIn(text: string, key: 'audience' | 'method' | 'level'): (Audience | Method | Level)[] {
  return VALUES[key].filter(([re]) => re.test(text)).map(([, v]) => v);
}

/**
 * Whether a 公开对象/方式/层级 text cell reads plainly: it names a value and negates none ("非主动公开", "不含乡级",
 * "不向全社会" name a value they deny). A cell that does not is read as naming nothing and reported.
 */
export function plainValues(text: string, key: 'audience' | 'method' | 'level'): boolean {
  const t = text.normalize('NFKC');
  return valuesIn(t, key).length > 0 && !/[不非无未否除免禁停暂仅只限]/u.test(t);
}

/** A 一级事项 cell without its numbering (一、招生入学 → 招生入学). */
export const categoryName = (text: string): string => stripNumbering(singleText(text));
