/** Resolve `extends` step by step (school → county → municipal), refusing cycles and broken baselines. */
import { resolve as resolvePath } from 'node:path';
import { loadSource, sha256Hex } from '../load/load.js';
import { KIND_LABELS, type BaselineRef, type Catalogue, type Finding, type Host, type Origins, type SlotValue, type SourceCatalogue } from '../model/index.js';
import { shippedCataloguesDir } from '../util/paths.js';
import { validateSchema } from '../validate/schema.js';
import { checkKindPolicy, countyPrefix, namesSchool, isPublishedBaselinePath, PARENT_KINDS } from './kind-policy.js';
import { holdToShipped, shippedTwin, unshippedFinding, type HoldContext } from './hold.js';
import { isShippedBaseline } from './shipped.js';
import { isReference, locateBaseline } from './locate.js';
import { overlayCatalogue } from './overlay.js';
import { checkRemovals } from './removals.js';
import { snapshotCatalogue } from './snapshot.js';
import { relativeSlashed } from '../util/shown-path.js';

export interface ResolveOptions {
  /** --baseline: used for every NAME@VERSION reference. */
  readonly baselineOverride?: string;
  /**
   * verify: the override is the bureau's baseline and is used as given. Otherwise (check, build …) an override
   * carrying a shipped id and version that resolves differently is held to the shipped one (modified-baseline).
   */
  readonly trustOverride?: boolean;
}

/** A catalogue file the source extends, directly or through its parent: what a filing must carry. */
export interface ParentSource {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly kind: Catalogue['kind'];
  /** Whether it was found by NAME@VERSION (a published baseline) rather than by a path. */
  readonly reference: boolean;
}

export interface Resolution {
  readonly resolved?: Catalogue;
  /** The chain of files extended, nearest first (a school: its county, then the municipal baseline). */
  readonly parents?: readonly ParentSource[];
  /** The resolved catalogue the source extends. */
  readonly baseline?: Catalogue;
  /** What the rules compare a municipal copy with (the shipped baseline of the same id and version); not its parent, so documents do not change. */
  readonly comparedWith?: Catalogue;
  readonly origins?: Origins;
  readonly findings: readonly Finding[];
}

/**
 * The deepest `extends` chain followed: school → county → municipal is 2; a longer chain is a mistake or an
 * attack (2,000 files overflowed the stack) and is refused as unknown-baseline.
 */
const MAX_EXTENDS_DEPTH = 8;

/** A path for people: relative to the working directory, or `shipped:NAME/VERSION.yaml`. */
export function displayPath(path: string, host: Host, shipped = false): string {
  const base = shipped ? shippedCataloguesDir : host.cwd;
  return (shipped ? 'shipped:' : '') + relativeSlashed(base, path);
}

/** Resolve a schema-valid source at `path` against whatever it extends. */
export function resolveSource(source: SourceCatalogue, path: string, host: Host, opts: ResolveOptions, stack: readonly string[] = []): Resolution {
  const trusted = opts.baselineOverride !== undefined && resolvePath(host.cwd, opts.baselineOverride) === resolvePath(path);
  const policy = checkKindPolicy(source, { path, trusted });
  if (source.kind === 'municipal' || !source.extends) {
    const { categories, origins } = overlayCatalogue(source, undefined);
    // A copy of a shipped baseline is checked against it like a county: it may add, never remove or weaken.
    const twin = source.kind === 'municipal' ? shippedTwin(source, path, holdContext(host, opts, [...stack, path])) : undefined;
    const unshipped =
      source.kind === 'municipal' && !trusted && !isShippedBaseline(source.id, source.version)
        ? [unshippedFinding('/version', source, displayPath(path, host))]
        : [];
    return { resolved: assemble(source, categories), origins, findings: [...policy, ...unshipped], ...(twin ? { comparedWith: twin } : {}) };
  }
  const spec = source.extends;
  const fail = (messageId: string, data: Record<string, SlotValue>): Resolution => ({
    findings: [...policy, { rule: 'unknown-baseline', pointer: '/extends', messageId, data: { spec, detail: '', ...data } }],
  });
  const located = locateBaseline(spec, path, host, opts.baselineOverride);
  if (!located.ok) return fail(located.messageId, { tried: located.tried.map((p) => displayPath(p, host)).join('、'), detail: located.messageId });
  if (stack.includes(located.path) || located.path === path) {
    return fail('cycle', { chain: [...stack, path, located.path].map((p) => displayPath(p, host)).join(' → ') });
  }
  if (stack.length + 1 >= MAX_EXTENDS_DEPTH) {
    const chain = [...stack, path, located.path].map((p) => displayPath(p, host));
    return fail('depth', { limit: String(MAX_EXTENDS_DEPTH), chain: [...chain.slice(0, 3), '…', ...chain.slice(-1)].join(' → ') });
  }
  const found = resolveFile(located.path, located.bytes, host, opts, [...stack, path]);
  if (!found.ok) return fail(found.messageId, found.data);
  const parentKind = found.catalogue.kind;
  if (!(PARENT_KINDS[source.kind] ?? []).includes(parentKind)) {
    return fail('kind', { kind: KIND_LABELS[source.kind], baseKind: KIND_LABELS[parentKind] });
  }
  // Any municipal parent, however it was reached, is held to the shipped one: the rules run against the shipped
  // twin; the reference and the filing record the file that was named.
  const overridden = opts.baselineOverride !== undefined && isReference(spec);
  const held = holdToShipped(spec, located, found, overridden, holdContext(host, opts, [...stack, path]));
  const parent = held.parent;
  const school = source.kind === 'school' && parentKind === 'municipal' ? schoolParent(source) : [];
  const { categories, origins } = overlayCatalogue(source, parent.catalogue);
  const self: ParentSource = {
    file: displayPath(located.path, host, located.shipped),
    bytes: located.bytes,
    sha256: found.sha256,
    kind: parentKind,
    reference: isReference(spec),
  };
  const ref: BaselineRef = {
    id: parent.catalogue.id,
    ...(parent.catalogue.version !== undefined ? { version: parent.catalogue.version } : {}),
    sha256: found.sha256,
    file: displayPath(located.path, host, located.shipped),
  };
  return {
    resolved: assemble(source, categories, ref),
    baseline: parent.catalogue,
    parents: [self, ...found.parents],
    origins,
    findings: [...policy, ...school, ...held.findings, ...unpublished(spec, located.path, parent.catalogue), ...checkRemovals(source, parent.catalogue)],
  };
}

/** A school of a county (卫辉市实验学校) extends its county's file; only a 市直 school extends the municipal one. */
function schoolParent(source: SourceCatalogue): Finding[] {
  const place = namesSchool(source.region ?? '') ? countyPrefix(source.region ?? '') : undefined;
  return place === undefined ? [] : [{ rule: 'kind-mismatch', pointer: '/extends', messageId: 'schoolParent', data: { region: source.region ?? '', place } }];
}

/** A municipal baseline named by a path must still be the published file (NAME@VERSION and --baseline are). */
function unpublished(spec: string, path: string, parent: Catalogue): Finding[] {
  if (parent.kind !== 'municipal' || isReference(spec) || isPublishedBaselinePath(path, parent.id, parent.version)) return [];
  return [
    {
      rule: 'kind-mismatch',
      pointer: '/extends',
      messageId: 'unpublishedBaseline',
      data: { extends: spec, baseId: parent.id, baseVersion: parent.version ?? 'VERSION' },
    },
  ];
}

function holdContext(host: Host, opts: ResolveOptions, stack: readonly string[]): HoldContext {
  return { host, opts, stack, resolveFile, show: (p) => displayPath(p, host) };
}

export type FileResolution =
  | { readonly ok: true; readonly catalogue: Catalogue; readonly sha256: string; readonly parents: readonly ParentSource[] }
  | { readonly ok: false; readonly messageId: string; readonly data: Record<string, SlotValue> };

/**
 * Baselines that extend nothing, resolved once per process: checking or verifying many files parses the
 * municipal baseline once, and a local copy with the shipped file's bytes is not parsed again. Keyed by SHA-256
 * alone: what such a file resolves to depends on its bytes, not on where it lies (its path only changes findings,
 * which are not kept here). The shipped baselines come resolved from the build (snapshot.ts) when the bytes match.
 */
const resolvedBaselines = new Map<string, FileResolution & { ok: true }>();

/** Load and resolve a baseline file; any error in it makes it unusable. */
export function resolveFile(path: string, bytes: Uint8Array, host: Host, opts: ResolveOptions, stack: readonly string[]): FileResolution {
  const key = sha256Hex(bytes);
  const cached = resolvedBaselines.get(key) ?? fromSnapshot(key);
  if (cached) return cached;
  const loaded = loadSource(path, bytes);
  const invalid = (f: Finding | undefined): FileResolution => ({
    ok: false,
    messageId: 'invalid',
    data: {
      detail: `${displayPath(path, host)}: ${f?.rule ?? ''} ${f?.messageId ?? ''} ${Object.values(f?.data ?? {})
        .map((v) => (typeof v === 'object' ? `${v.zh} ${v.en}` : v))
        .join(' ')}`.trim(),
    },
  });
  if (loaded.data === undefined) return invalid(loaded.findings[0]);
  const schema = validateSchema('catalogue', loaded.data);
  if (schema.length > 0) return invalid(schema[0]);
  const r = resolveSource(loaded.data as SourceCatalogue, path, host, opts, stack);
  const nested = r.findings.find((f) => f.rule === 'unknown-baseline');
  if (nested) return { ok: false, messageId: nested.messageId ?? 'invalid', data: { ...nested.data } };
  if (!r.resolved) return invalid(r.findings[0]);
  const done = { ok: true as const, catalogue: r.resolved, sha256: loaded.sha256, parents: r.parents ?? [] };
  if (!(loaded.data as SourceCatalogue).extends) resolvedBaselines.set(key, done);
  return done;
}

function fromSnapshot(sha256: string): (FileResolution & { ok: true }) | undefined {
  const catalogue = snapshotCatalogue(sha256);
  if (!catalogue) return undefined;
  const done = { ok: true as const, catalogue, sha256, parents: [] };
  resolvedBaselines.set(sha256, done);
  return done;
}

function assemble(source: SourceCatalogue, categories: Catalogue['categories'], baseline?: BaselineRef): Catalogue {
  const doc = source.document ?? {};
  const list = (v: unknown): readonly string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [String(v)]);
  return {
    id: source.id,
    kind: source.kind,
    region: source.region,
    title: source.title,
    issuer: source.issuer,
    ...(source.version !== undefined ? { version: source.version } : {}),
    ...(source.extends !== undefined ? { extends: source.extends } : {}),
    ...(source.declared !== undefined ? { declared: source.declared } : {}),
    document: {
      ...doc,
      ...(doc.recipients !== undefined ? { recipients: list(doc.recipients) } : {}),
      ...(doc.copyTo !== undefined ? { copyTo: list(doc.copyTo) } : {}),
    },
    deviations: source.deviations ?? [],
    ...(baseline ? { baseline } : {}),
    categories,
  };
}
