/**
 * The structure-aware part of the fuzz mutator: parse the YAML, change one node of the data (delete it,
 * retype it, duplicate it, swap it with another, rename its key), write YAML again. Byte-level mutations
 * mostly stop at the parser; these reach the schema, the resolver and the rules.
 */
import { parse, stringify } from 'yaml';

type Random = () => number;
type Path = readonly (string | number)[];

const int = (rnd: Random, n: number): number => Math.floor(rnd() * n);
const pick = <T>(rnd: Random, list: readonly T[]): T => list[int(rnd, list.length)] as T;

const nested = (depth: number): unknown => (depth === 0 ? 'x' : [nested(depth - 1)]);

/** Values a node may be replaced with: other types, empty ones, big ones, lookalikes. */
const REPLACEMENTS: readonly (() => unknown)[] = [
  () => '',
  () => [],
  () => ({}),
  () => null,
  () => 0,
  () => -1,
  () => 1.5,
  () => true,
  () => 'x',
  () => ['a'],
  () => ({ id: 'x' }),
  () => JSON.parse('{"__proto__": {"polluted": 1}}') as unknown,
  () => '同上',
  () => '全社会',
  () => ['主动', '主动'],
  () => 'enrollment.plan',
  () => 'ｅｎｒｏｌｌｍｅｎｔ.plan',
  () => 'private',
  () => 'x'.repeat(5000),
  () => nested(60),
  () => new Date(Date.UTC(2020, 9, 26)),
  () => '信息形成或者变更之日起200个工作日内',
  () => '实时公开',
  () => ['县级', '市级', '乡级'],
];

/** Every path in the data, the root first. */
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (out.length > 5000) return out;
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function get(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], value);
}

/** Replace (or with `undefined`, delete) the node at a non-empty path. */
function put(root: unknown, path: Path, next: unknown, renameTo?: string): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown> | unknown[] | undefined;
  const key = path[path.length - 1] as string | number;
  if (parent === null || typeof parent !== 'object') return;
  if (Array.isArray(parent)) {
    if (next === undefined) parent.splice(Number(key), 1);
    else parent[Number(key)] = next;
    return;
  }
  delete parent[key];
  // defineProperty: a key named __proto__ stays a plain key.
  if (next !== undefined) Object.defineProperty(parent, renameTo ?? key, { value: next, enumerable: true, writable: true, configurable: true });
}

/** One structural change to the YAML text; text that does not parse is returned unchanged. */
export function reshape(text: string, rnd: Random, keys: readonly string[]): string {
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100, logLevel: 'silent' });
  } catch {
    return text;
  }
  const all = paths(data).filter((p) => p.length > 0);
  if (all.length === 0) return text;
  const path = pick(rnd, all);
  const choice = int(rnd, 5);
  if (choice === 0) put(data, path, undefined);
  else if (choice === 1) put(data, path, pick(rnd, REPLACEMENTS)());
  else if (choice === 2) put(data, path, structuredClone(get(data, pick(rnd, all))));
  else if (choice === 3 && typeof path[path.length - 1] === 'string') put(data, path, get(data, path), pick(rnd, keys));
  else {
    const parent = get(data, path.slice(0, -1));
    if (Array.isArray(parent)) parent.push(structuredClone(get(data, path)));
  }
  return stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });
}
