/**
 * Chinese-keyboard slips found in the tokens before the parser's own errors: a full-width colon, space,
 * dash, hash, bracket, quote or comma where YAML wants the ASCII one. One finding per slip, at the slip.
 */
import { LIST_KEYS } from '../model/index.js';
import type { Token } from './tokens.js';

/** One slip: its message id, its data and where it is (offset and length in the text). */
export interface Slip {
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  readonly offset: number;
  readonly length: number;
}

/** Every key of the catalogue format (tests/load/slips.test.ts checks it against the schema). */
export const CATALOGUE_KEYS: ReadonlySet<string> = new Set([
  'audience',
  'basis',
  'categories',
  'channel',
  'contact',
  'content',
  'copyTo',
  'date',
  'deadline',
  'declared',
  'deviations',
  'document',
  'extends',
  'filingCopyTo',
  'filingNumber',
  'id',
  'indexNumber',
  'issuer',
  'items',
  'kind',
  'level',
  'method',
  'name',
  'note',
  'number',
  'phone',
  'printedBy',
  'provenance',
  'publishDate',
  'reason',
  'recipients',
  'ref',
  'region',
  'remove',
  'signer',
  'source',
  'subject',
  'target',
  'timeLimit',
  'title',
  'version',
]);

/** Keys whose value is a list or a mapping: a value wrapped in full-width brackets there was meant as YAML. */
const COLLECTION_KEYS = new Set<string>([
  ...LIST_KEYS,
  'categories',
  'contact',
  'copyTo',
  'declared',
  'deviations',
  'document',
  'filingCopyTo',
  'items',
  'recipients',
  'remove',
]);

/** Keys whose entries are standard names or ids: an enumeration comma 、 inside one entry is a slip too. */
const NAME_LIST_KEYS = new Set<string>([...LIST_KEYS.filter((k) => k !== 'content' && k !== 'basis'), 'remove']);

const BRACKETS: Readonly<Record<string, string>> = { '［': '[', '】': ']', '【': '[', '］': ']', '｛': '{', '｝': '}' };

/** Plain text without any of these characters holds no slip (the fast path for large files). */
const SUSPECT = /[：:\u3000－—–﹣＃，、［］【】｛｝＂“‘\-]/u;

type Place = 'key' | 'item' | 'value' | 'continued' | 'flow';

/** The slips in a text, given its tokens. */
export function findSlips(text: string, tokens: readonly Token[]): Slip[] {
  const out: Slip[] = [];
  const flow: (string | undefined)[] = [];
  let key: string | undefined;
  tokens.forEach((t, i) => {
    if (t.kind === 'flow-start') flow.push(flow.length > 0 ? flow[flow.length - 1] : key);
    else if (t.kind === 'flow-end') flow.pop();
    if (t.kind === 'plain' && SUSPECT.test(t.source)) {
      const prev = previousOnLine(tokens, i);
      const place: Place =
        flow.length > 0 ? 'flow' : prev === undefined ? 'key' : prev.kind === 'seq-item' ? 'item' : prev.kind === 'map-value' ? 'value' : 'key';
      if (flow.length > 0) out.push(...flowSlips(t, flow[flow.length - 1]));
      else if (place === 'value') out.push(...valueSlips(t, key, restOfLine(tokens, i)));
      segments(t).forEach((s, n) => out.push(...lineSlips(s.text, s.offset, n === 0 ? place : 'continued')));
    }
    if ((t.kind === 'plain' || t.kind === 'quoted') && nextSignificant(tokens, i)?.kind === 'map-value') key = unquote(t.source);
  });
  return out.sort((a, b) => a.offset - b.offset);
}

/** Slips at the start of a line of plain text: indentation, list dash, comment sign, a key's colon. */
function lineSlips(s: string, at: number, place: Place): Slip[] {
  if (place === 'value') return [];
  const out: Slip[] = [];
  const lead = /^[\u3000 \t]*/u.exec(s)?.[0] ?? '';
  if (lead.includes('\u3000') && place !== 'flow')
    out.push({ messageId: 'fullwidthSpace', data: {}, offset: at + lead.indexOf('\u3000'), length: lead.length });
  const rest = s.slice(lead.length);
  const o = at + lead.length;
  if (place === 'flow') return [...out, ...keySlips(rest, o, 'flow')];
  const dash = /^([－—–﹣])[ \u3000]?/u.exec(rest) ?? /^(-)(?=[\u3000])/u.exec(rest);
  if (dash) return [...out, { messageId: dash[1] === '-' ? 'dashFullwidthSpace' : 'fullwidthDash', data: { char: dash[1] ?? '' }, offset: o, length: 1 }];
  const bare = /^-(?=[^\s\d.-])/u.exec(rest);
  if (bare) return [...out, { messageId: 'dashNoSpace', data: { value: short(rest.slice(1).split('\n')[0] ?? '') }, offset: o, length: 1 }];
  if (rest.startsWith('＃')) return [...out, { messageId: 'fullwidthHash', data: {}, offset: o, length: 1 }];
  return [...out, ...keySlips(rest, o, place)];
}

/** `key：value`, `key:value` and `key:　value` where a key was meant. */
function keySlips(rest: string, o: number, place: Place): Slip[] {
  const known = (k: string): boolean => CATALOGUE_KEYS.has(k) || (place === 'key' && /^(?:[A-Za-z][A-Za-z0-9_-]*|\p{Script=Han}{1,12})$/u.test(k));
  const colon = /^([^\s:：#"'[\]{},，]+?)[ \u3000]*：/u.exec(rest);
  if (colon && known(colon[1] ?? '')) {
    const value = (rest.slice(colon[0].length).split('\n')[0] ?? '').replace(/^[ \u3000]+/u, '').trim();
    return [{ messageId: 'fullwidthColon', data: { key: colon[1] ?? '', value: short(value) || '…' }, offset: o + colon[0].length - 1, length: 1 }];
  }
  const bare = /^([A-Za-z][A-Za-z0-9]*):([^ \t\n])/u.exec(rest);
  if (bare && known(bare[1] ?? '') && !rest.startsWith(`${bare[1]}://`)) {
    const value = (rest.slice(bare[0].length - 1).split('\n')[0] ?? '').replace(/^\u3000+/u, '').trim();
    return [
      {
        messageId: bare[2] === '\u3000' ? 'colonFullwidthSpace' : 'noSpace',
        data: { key: bare[1] ?? '', value: short(value) },
        offset: o + bare[0].length - 2,
        length: 1,
      },
    ];
  }
  return [];
}

/** A value written in full-width brackets or quotes where YAML brackets or quotes were meant. */
function valueSlips(t: Token, key: string | undefined, rest: string): Slip[] {
  const first = t.source[0] ?? '';
  if (BRACKETS[first] && first !== '】' && first !== '］' && first !== '｝' && key !== undefined && COLLECTION_KEYS.has(key)) {
    return [{ messageId: 'fullwidthBracket', data: { char: first, ascii: BRACKETS[first] ?? '' }, offset: t.offset, length: 1 }];
  }
  if (first === '＂') return [{ messageId: 'fullwidthQuote', data: { char: first }, offset: t.offset, length: 1 }];
  const close = first === '“' ? '”' : first === '‘' ? '’' : undefined;
  if (close && !t.source.includes(close) && rest.includes(close)) {
    return [{ messageId: 'curlyQuote', data: { char: first, close }, offset: t.offset, length: 1 }];
  }
  return [];
}

/** An entry of a flow collection: a Chinese comma inside it, or a full-width closing bracket. */
function flowSlips(t: Token, key: string | undefined): Slip[] {
  const s = t.source;
  const full = /[］｝】]$/u.exec(s.trimEnd()) ?? /^[［｛【]/u.exec(s);
  if (full && full[0] !== '】' && full[0] !== '【') {
    return [{ messageId: 'fullwidthBracket', data: { char: full[0], ascii: BRACKETS[full[0]] ?? '' }, offset: t.offset + (full.index ?? 0), length: 1 }];
  }
  const comma = s.search(NAME_LIST_KEYS.has(key ?? '') && !s.startsWith('其他') ? /[，、]/u : /，/u);
  if (comma < 0) return [];
  const parts = s
    .split(/[，、]/u)
    .map((p) => p.trim())
    .filter(Boolean);
  return [{ messageId: 'fullwidthComma', data: { char: s[comma] ?? '，', value: short(s), example: parts.join(', ') }, offset: t.offset + comma, length: 1 }];
}

/** The lines of a plain scalar: its first line where it starts, each further line after its indentation. */
function segments(t: Token): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let offset = t.offset;
  t.source.split('\n').forEach((line, n) => {
    const indent = n === 0 ? 0 : (/^ */.exec(line)?.[0].length ?? 0);
    out.push({ text: line.slice(indent), offset: offset + indent });
    offset += line.length + 1;
  });
  return out;
}

function previousOnLine(tokens: readonly Token[], i: number): Token | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const k = tokens[j]?.kind;
    if (k === 'newline') return undefined;
    if (k !== 'space' && k !== 'anchor') return tokens[j];
  }
  return undefined;
}

function nextSignificant(tokens: readonly Token[], i: number): Token | undefined {
  for (let j = i + 1; j < i + 4 && j < tokens.length; j++) if (tokens[j]?.kind !== 'space') return tokens[j];
  return undefined;
}

function restOfLine(tokens: readonly Token[], i: number): string {
  let s = '';
  for (let j = i + 1; j < tokens.length && tokens[j]?.kind !== 'newline'; j++) s += tokens[j]?.source ?? '';
  return s;
}

const unquote = (s: string): string => (/^["'].*["']$/su.test(s) ? s.slice(1, -1) : s);
const short = (s: string): string => (s.length > 24 ? `${s.slice(0, 24)}…` : s);
