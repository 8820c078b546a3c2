/** Find the file an `extends` names: a relative path, NAME@VERSION in the nearest catalogues/, or shipped. */
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { Host } from '../model/index.js';
import { shippedCataloguesDir } from '../util/paths.js';

export type Located =
  | {
      readonly ok: true;
      readonly path: string;
      readonly bytes: Uint8Array;
      readonly shipped: boolean;
      /** A local NAME@VERSION copy that was passed over because its bytes differ from the shipped one. */
      readonly localCopy?: { readonly path: string; readonly bytes: Uint8Array };
    }
  | { readonly ok: false; readonly messageId: string; readonly tried: readonly string[] };

const REFERENCE = /^([a-z][a-z0-9-]*)@([A-Za-z0-9._-]+)$/;
const YAML_FILE = /\.ya?ml$/i;

/** Whether an `extends` value is a NAME@VERSION reference (the municipal baseline) rather than a path. */
export function isReference(spec: string): boolean {
  return REFERENCE.test(spec);
}

/**
 * Locate `spec` for the catalogue at `fromFile` (absolute). `baselineOverride` (from --baseline)
 * replaces every NAME@VERSION reference; relative paths (a school's county file) are still followed.
 */
export function locateBaseline(spec: string, fromFile: string, host: Host, baselineOverride?: string): Located {
  const ref = REFERENCE.exec(spec);
  if (ref && baselineOverride) return readCandidates([resolve(host.cwd, baselineOverride)], host, false);
  if (!ref) {
    const path = isAbsolute(spec) ? spec : resolve(dirname(fromFile), spec);
    const found = readCandidates([path], host, false);
    // A path to anything but a .yaml file is refused, never parsed: `extends` cannot read /etc/passwd as YAML.
    const exists = found.ok || found.messageId === 'unreadable';
    return exists && !YAML_FILE.test(path) ? { ok: false, messageId: 'notYaml', tried: [path] } : found;
  }
  const [, name = '', version = ''] = ref;
  const candidates: string[] = [];
  for (let dir = dirname(fromFile); ; dir = dirname(dir)) {
    if (basename(dir) === 'catalogues') candidates.push(join(dir, name, `${version}.yaml`));
    candidates.push(join(dir, 'catalogues', name, `${version}.yaml`));
    if (dirname(dir) === dir) break;
  }
  const local = readCandidates(candidates, host, false);
  const shipped = readCandidates([join(shippedCataloguesDir, name, `${version}.yaml`)], host, true);
  // A local copy of a shipped baseline is not trusted: the rules run against the shipped one, as `verify`
  // does, and the resolver reports how the copy differs (modified-baseline). A version not shipped is used as found.
  if (local.ok && shipped.ok && !sameBytes(local.bytes, shipped.bytes)) return { ...shipped, localCopy: { path: local.path, bytes: local.bytes } };
  if (local.ok) return local;
  // Name the nearest place a user would put it, and the shipped one: not every folder up to the root.
  return shipped.ok ? shipped : { ok: false, messageId: 'notFound', tried: [...candidates.slice(0, 1), ...shipped.tried] };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

function readCandidates(paths: readonly string[], host: Host, shipped: boolean): Located {
  for (const path of paths) {
    const r = host.readFile(path);
    if (r.kind === 'file') return { ok: true, path, bytes: r.bytes, shipped };
    if (r.kind === 'directory') return { ok: false, messageId: 'directory', tried: [path] };
    if (r.kind === 'unreadable') return { ok: false, messageId: 'unreadable', tried: [path] };
  }
  return { ok: false, messageId: 'notFound', tried: paths };
}
