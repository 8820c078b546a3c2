/**
 * A seeded mutator for catalogue sources: byte flips, line deletions and duplications, indentation
 * changes, key renames, value swaps, hostile snippets, truncation and splicing two examples.
 * Plain TypeScript importing only fuzz-data.ts and yaml, so scripts/fuzz.mjs can transpile it and run it outside vitest.
 */
import { reshape } from './fuzz-data.js';

/** A source of numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: small, fast and the same on every machine for a given seed. */
export function prng(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rnd: Random, n: number): number => Math.floor(rnd() * n);
const pick = <T>(rnd: Random, list: readonly T[]): T => list[int(rnd, list.length)] as T;
const encoder = new TextEncoder();

const KEYS = [
  'id',
  'kind',
  'region',
  'title',
  'issuer',
  'extends',
  'version',
  'declared',
  'document',
  'remove',
  'deviations',
  'categories',
  'items',
  'name',
  'content',
  'basis',
  'timeLimit',
  'subject',
  'channel',
  'audience',
  'method',
  'level',
  'note',
  'target',
  'reason',
  'ref',
  'date',
  'recipients',
  'copyTo',
  '__proto__',
  'constructor',
  'prototype',
  'Id',
  'nmae',
  '名称',
  '"id"',
  '? id',
  '<<',
];

const VALUES = [
  '全社会',
  '特定群体',
  '主动',
  '依申请',
  '县级',
  '校级',
  '[]',
  '{}',
  '""',
  "''",
  '~',
  'null',
  'true',
  '0',
  '-1',
  '1e999',
  '.nan',
  '2020-13-45',
  '2020-10-26',
  '实时公开',
  '即时',
  '每年1月31日前',
  '信息形成或者变更之日起200个工作日内',
  '5个小时内',
  '同上',
  '政府网站',
  '政务公开栏',
  'xinxiang@2020',
  'xinxiang@2019',
  '../weihui.yaml',
  './self.yaml',
  '/dev/zero',
  '../../etc/passwd',
  'enrollment.plan',
  'ｅｎｒｏｌｌｍｅｎｔ.plan',
  'enrollment\u200b.plan',
  'private',
  '[政府网站, 政府网站]',
  '{a: 1}',
  '[[[[[]]]]]',
  '&a x',
  '*a',
  '*undefined',
  '!!binary aGk=',
  '!!int 3',
  '|',
  '>-',
  '"\\u0000"',
  '"\\uD800"',
  'municipal',
  'county',
  'school',
  'enrollment.plan#channel',
  'x'.repeat(300),
];

const SNIPPETS = [
  '---',
  '...',
  '%YAML 1.1',
  '? ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '#',
  '\t',
  '\u200b',
  '\uFEFF',
  '&a ',
  '*a',
  '<<: *a',
  '!!str ',
  '!!map ',
  '：',
  '  - id: enrollment.plan',
  'remove: [enrollment]',
  'categories: []',
  'extends: ../weihui.yaml',
  'kind: municipal',
  'deviations: [{target: private, reason: 无}]',
  '\r',
  '\u0085',
];

type Bytes = Uint8Array;

function lines(b: Bytes): Bytes[] {
  const out: Bytes[] = [];
  let start = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x0a) {
      out.push(b.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < b.length) out.push(b.subarray(start));
  return out;
}

function join(parts: readonly Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const text = (b: Bytes): string => new TextDecoder('utf-8').decode(b);

/** Rewrite one random line with `f` (the line's text without its newline). */
function editLine(b: Bytes, rnd: Random, f: (line: string) => string): Bytes {
  const ls = lines(b);
  if (ls.length === 0) return b;
  const i = int(rnd, ls.length);
  const line = text(ls[i] as Bytes);
  const nl = line.endsWith('\n') ? '\n' : '';
  ls[i] = encoder.encode(f(line.slice(0, line.length - nl.length)) + nl);
  return join(ls);
}

/** The mutation operators, by name. `other` is another example, for splicing. */
const OPERATORS: Readonly<Record<string, (b: Bytes, rnd: Random, other: Bytes) => Bytes>> = {
  flipBytes: (b, rnd) => {
    const out = Uint8Array.from(b); // a copy even of a Buffer, whose slice() is a view
    for (let k = 1 + int(rnd, 4); k > 0 && out.length > 0; k--) {
      const i = int(rnd, out.length);
      out[i] = rnd() < 0.5 ? (out[i] as number) ^ (1 << int(rnd, 8)) : int(rnd, 256);
    }
    return out;
  },
  deleteLines: (b, rnd) => {
    const ls = lines(b);
    ls.splice(int(rnd, ls.length), 1 + int(rnd, 3));
    return join(ls);
  },
  duplicateLines: (b, rnd) => {
    const ls = lines(b);
    const i = int(rnd, ls.length);
    ls.splice(i, 0, ...ls.slice(i, i + 1 + int(rnd, 5)));
    return join(ls);
  },
  swapLines: (b, rnd) => {
    const ls = lines(b);
    if (ls.length < 2) return b;
    const i = int(rnd, ls.length);
    const j = int(rnd, ls.length);
    [ls[i], ls[j]] = [ls[j] as Bytes, ls[i] as Bytes];
    return join(ls);
  },
  reindent: (b, rnd) =>
    editLine(b, rnd, (l) => {
      const body = l.trimStart();
      const depth = l.length - body.length;
      const choice = int(rnd, 3);
      if (choice === 0) return ' '.repeat(depth + 1 + int(rnd, 4)) + body;
      if (choice === 1) return ' '.repeat(Math.max(0, depth - 1 - int(rnd, 4))) + body;
      return '\t'.repeat(Math.max(1, depth >> 1)) + body;
    }),
  renameKey: (b, rnd) => editLine(b, rnd, (l) => l.replace(/^(\s*-?\s*)[^\s:#]+:/, (_, pre: string) => `${pre}${pick(rnd, KEYS)}:`)),
  changeValue: (b, rnd) =>
    editLine(b, rnd, (l) => (/:\s/.test(l) ? l.replace(/:\s.*$/, `: ${pick(rnd, VALUES)}`) : l.replace(/-\s.*$/, `- ${pick(rnd, VALUES)}`))),
  insertSnippet: (b, rnd) => {
    const ls = lines(b);
    const i = int(rnd, ls.length + 1);
    const snippet = pick(rnd, SNIPPETS);
    if (rnd() < 0.5) ls.splice(i, 0, encoder.encode(`${snippet}\n`));
    else if (ls.length > 0) ls[Math.min(i, ls.length - 1)] = join([encoder.encode(snippet), ls[Math.min(i, ls.length - 1)] as Bytes]);
    return join(ls);
  },
  reshape: (b, rnd) => encoder.encode(reshape(text(b), rnd, KEYS)),
  truncate: (b, rnd) => b.slice(0, int(rnd, b.length + 1)),
  splice: (b, rnd, other) => {
    const a = lines(b);
    const c = lines(other);
    return join([...a.slice(0, int(rnd, a.length + 1)), ...c.slice(int(rnd, c.length + 1))]);
  },
};

export const OPERATOR_NAMES: readonly string[] = Object.keys(OPERATORS);

export interface Mutation {
  readonly ops: readonly string[];
  readonly bytes: Uint8Array;
}

/** Apply one to three random operators to `source`; `others` are the examples a splice may take from. */
export function mutate(source: Uint8Array, others: readonly Uint8Array[], rnd: Random): Mutation {
  const ops: string[] = [];
  let bytes = source;
  for (let k = 1 + int(rnd, 3); k > 0; k--) {
    const name = pick(rnd, OPERATOR_NAMES);
    ops.push(name);
    bytes = (OPERATORS[name] as (b: Bytes, r: Random, o: Bytes) => Bytes)(bytes, rnd, others.length > 0 ? pick(rnd, others) : source);
  }
  return { ops, bytes };
}

/** A diagnostic as the pipeline reports it (only what the fuzz run checks). */
export interface FuzzDiagnostic {
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** What is wrong with a run's diagnostics: an unknown rule, a position before 1:1, an empty message. */
export function problemsOf(diagnostics: readonly FuzzDiagnostic[], knownRules: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.rule} ${d.line}:${d.column}`;
    if (!knownRules.has(d.rule)) out.push(`unknown rule: ${where}`);
    if (!Number.isInteger(d.line) || d.line < 1 || !Number.isInteger(d.column) || d.column < 1) out.push(`bad position: ${where}`);
    if (!['error', 'warning', 'info'].includes(d.severity)) out.push(`bad severity ${d.severity}: ${where}`);
    if (typeof d.message !== 'string' || d.message.trim() === '' || /\{\w+\}/.test(d.message)) out.push(`bad message "${d.message}": ${where}`);
  }
  return out;
}
