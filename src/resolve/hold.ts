/**
 * Hold municipal baselines to the shipped ones: whatever names a municipal parent (a path, a NAME@VERSION not
 * shipped, a local NAME@VERSION copy that locate passed over), the rules run against the shipped baseline of that
 * id and version, and a copy that resolves differently is reported as modified-baseline.
 */
import { join, resolve as resolvePath } from 'node:path';
import { catalogueLabel, type Catalogue, type Finding, type Host, type Message } from '../model/index.js';
import { shippedCataloguesDir } from '../util/paths.js';
import { baselineCopyDifferences } from './baseline-copy.js';
import type { Located } from './locate.js';
import type { FileResolution, ResolveOptions } from './resolve.js';
import { isShippedBaseline, SHIPPED_BASELINES } from './shipped.js';

type Resolved = FileResolution & { ok: true };
type ResolveFile = (path: string, bytes: Uint8Array, host: Host, opts: ResolveOptions, stack: readonly string[]) => FileResolution;

/** What the step needs from the resolver: the file reader, who asks, and how a path is shown. */
export interface HoldContext {
  readonly host: Host;
  readonly opts: ResolveOptions;
  readonly stack: readonly string[];
  readonly resolveFile: ResolveFile;
  readonly show: (path: string) => string;
}

const LOCAL_ERRORS: Message = { zh: '本地副本本身有错误', en: 'the local copy has errors of its own' };

/** The shipped baseline of this id and version, resolved, unless `path` is that file itself (or it is already being resolved). */
function resolveShippedTwin(id: string, version: string | undefined, path: string, ctx: HoldContext): Resolved | undefined {
  if (version === undefined) return undefined;
  const twinPath = join(shippedCataloguesDir, id, `${version}.yaml`);
  if (resolvePath(twinPath) === resolvePath(path) || ctx.stack.includes(twinPath)) return undefined;
  const read = ctx.host.readFile(twinPath);
  if (read.kind !== 'file') return undefined;
  const r = ctx.resolveFile(twinPath, read.bytes, ctx.host, ctx.opts, ctx.stack);
  return r.ok ? r : undefined;
}

/** `modified-baseline` (unshipped): a municipal baseline that is not one shipped with the tool. */
export function unshippedFinding(pointer: string, base: { id: string; version?: string }, file: string): Finding {
  return {
    rule: 'modified-baseline',
    pointer,
    messageId: 'unshipped',
    data: { spec: catalogueLabel(base), local: file, shipped: SHIPPED_BASELINES.map(catalogueLabel).join('、') },
  };
}

function modifiedFinding(spec: string, local: string, differences: Message, overridden = false): Finding {
  return { rule: 'modified-baseline', pointer: '/extends', ...(overridden ? { messageId: 'override' } : {}), data: { spec, local, differences } };
}

/**
 * The one "hold to the shipped baseline" step for a parent `found` at `located`: the parent the rules run against
 * and what is reported. `spec` is the `extends` value; `overridden` when --baseline stands in for it.
 */
export function holdToShipped(
  spec: string,
  located: Located & { ok: true },
  found: Resolved,
  overridden: boolean,
  ctx: HoldContext,
): { findings: Finding[]; parent: Resolved } {
  const copy = located.localCopy;
  if (copy) {
    // locate already chose the shipped file: say how the local NAME@VERSION copy it passed over differs.
    const local = ctx.resolveFile(copy.path, copy.bytes, ctx.host, ctx.opts, ctx.stack);
    const differences = local.ok ? baselineCopyDifferences(found.catalogue, local.catalogue)?.differences : LOCAL_ERRORS;
    return { findings: differences ? [modifiedFinding(spec, ctx.show(copy.path), differences)] : [], parent: found };
  }
  const { id, version, kind } = found.catalogue;
  // verify's --baseline is the bureau's own choice and is trusted; check's is held like a local copy when it
  // carries a shipped id and version (a new version, e.g. xinxiang@2021, is used as given).
  if (kind !== 'municipal' || located.shipped || (overridden && ctx.opts.trustOverride)) return { findings: [], parent: found };
  if (!isShippedBaseline(id, version)) {
    return { findings: overridden ? [] : [unshippedFinding('/extends', found.catalogue, ctx.show(located.path))], parent: found };
  }
  const twin = resolveShippedTwin(id, version, located.path, ctx);
  const differences = twin ? baselineCopyDifferences(twin.catalogue, found.catalogue)?.differences : undefined;
  if (!twin || !differences) return { findings: [], parent: found };
  return { findings: [modifiedFinding(catalogueLabel(found.catalogue), ctx.show(located.path), differences, overridden)], parent: twin };
}

/** What the rules compare a municipal file itself with: the shipped baseline of its id and version. */
export function shippedTwin(source: { readonly id: string; readonly version?: string }, path: string, ctx: HoldContext): Catalogue | undefined {
  return resolveShippedTwin(source.id, source.version, path, ctx)?.catalogue;
}
