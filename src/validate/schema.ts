/** JSON Schema validation with ajv: schema errors become findings at the YAML node they are about. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { closest } from 'fastest-levenshtein';
import { suggest } from './suggest.js';
import { joinPointer } from '../load/positions.js';
import type { Finding } from '../model/index.js';
import { schemaDir } from '../util/paths.js';
import { AJV_OPTIONS } from './ajv-options.js';
import { emptyFinding, emptyReasons, emptyValues, impossibleDate, patternFinding } from './schema-fields.js';

const require = createRequire(import.meta.url);
type SchemaName = 'catalogue' | 'resolved';
const compiled = new Map<SchemaName, ValidateFunction>();

/** Validators generated at build time by scripts/compile-schemas.mjs (lib/ only), each with its schema's SHA-256. */
type Precompiled = Partial<Record<SchemaName, ValidateFunction>> & { readonly sha256?: Partial<Record<SchemaName, string>> };

function precompiled(name: SchemaName, text: string): ValidateFunction | undefined {
  let mod: Precompiled;
  try {
    mod = require('./schemas.compiled.cjs') as Precompiled;
  } catch {
    return undefined;
  }
  return mod.sha256?.[name] === createHash('sha256').update(text).digest('hex') ? mod[name] : undefined;
}

/** The validator for one of the shipped schemas: precompiled when it matches the schema file, else compiled once per process. */
export function schemaValidator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const text = readFileSync(join(schemaDir, `${name}.schema.json`), 'utf8');
    v = precompiled(name, text);
    if (!v) {
      const Ajv = require('ajv') as typeof import('ajv').default;
      v = new Ajv(AJV_OPTIONS).compile(JSON.parse(text) as object);
    }
    compiled.set(name, v);
  }
  return v;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文本',
  array: '列表',
  object: '键值映射',
  integer: '整数',
  number: '数字',
  boolean: '是/否',
  null: '空值',
};

/** Validate data against a schema and turn ajv's errors into `schema` findings (one per node and problem). */
export function validateSchema(name: SchemaName, data: unknown): Finding[] {
  const validate = schemaValidator(name);
  const found = validate(data) ? [] : errorsToFindings(validate.errors ?? [], data);
  if (name !== 'catalogue') return found;
  const seen = new Set(found.map((f) => f.pointer));
  return [...found, ...[...impossibleDate(data), ...emptyValues(data), ...emptyReasons(data)].filter((f) => !seen.has(f.pointer))];
}

export function errorsToFindings(errors: readonly ErrorObject[], data?: unknown): Finding[] {
  const zh = errors.map((e) => ({ ...e }));
  (require('ajv-i18n/localize/zh') as (errors: ErrorObject[]) => void)(zh);
  const findings = new Map<string, Finding>();
  const typesAt = new Map<string, string[]>();
  errors.forEach((e, i) => {
    const f = errorToFinding(e, zh[i]?.message ?? '', data);
    if (!f) return;
    if (e.keyword === 'type') {
      const list = typesAt.get(e.instancePath) ?? [];
      list.push(String((e.params as { type: string }).type));
      typesAt.set(e.instancePath, list);
    }
    const key = `${f.pointer}|${f.messageId}|${f.data?.key ?? ''}`;
    if (!findings.has(key)) findings.set(key, f);
  });
  for (const [key, f] of findings) {
    const types = typesAt.get(f.pointer);
    if (f.messageId === 'type' && types && f.data?.expected !== undefined) {
      findings.set(key, { ...f, data: { ...f.data, expected: { zh: types.map((t) => TYPE_NAMES[t] ?? t).join(' 或 '), en: types.join(' or ') } } });
    }
  }
  // A node with a specific complaint needs no generic anyOf/oneOf one.
  const specific = new Set([...findings.values()].filter((f) => f.messageId !== 'default').map((f) => f.pointer));
  return [...findings.values()].filter((f) => f.messageId !== 'default' || !specific.has(f.pointer));
}

function errorToFinding(e: ErrorObject, messageZh: string, data: unknown): Finding | undefined {
  const pointer = e.instancePath;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'if':
      return undefined;
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = suggest(key, allowed);
      const messageId = suggestion === undefined ? 'unknownKeyNone' : 'unknownKey';
      return {
        rule: 'schema',
        pointer: joinPointer(pointer, key),
        atKey: true,
        messageId,
        data: { key, suggestion: suggestion ?? '', allowed: allowed.join(', ') },
      };
    }
    case 'required':
      return { rule: 'schema', pointer, messageId: 'missingKey', data: { key: String(p.missingProperty) } };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      return {
        rule: 'schema',
        pointer,
        messageId: 'enum',
        data: { value: String(e.data), allowed: allowed.join('、'), suggestion: closest(String(e.data), allowed) },
      };
    }
    case 'type':
      if (pointer === '/version' && typeof e.data === 'number') return { rule: 'schema', pointer, messageId: 'versionNumber', data: {} };
      if (e.data === null) return emptyFinding(data, pointer);
      if (pointer.endsWith('/contact/phone') && typeof e.data === 'number')
        return { rule: 'schema', pointer, messageId: 'phoneNumber', data: { value: String(e.data) } };
      return { rule: 'schema', pointer, messageId: 'type', data: { expected: { zh: String(p.type), en: String(p.type) }, actual: describe(e.data) } };
    case 'pattern':
      return patternFinding(pointer, String(e.data));
    case 'not':
    case 'false schema':
      return { rule: 'schema', pointer, atKey: true, messageId: 'notAllowed', data: { key: pointer.split('/').pop() ?? '' } };
    case 'minLength':
    case 'minItems':
      return emptyFinding(data, pointer);
    default:
      return { rule: 'schema', pointer, messageId: 'default', data: { detail: { zh: messageZh || (e.message ?? e.keyword), en: e.message ?? e.keyword } } };
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
