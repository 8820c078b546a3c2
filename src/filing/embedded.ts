/** The files a filing PDF carries (build ↔ verify contract) and a virtual file system that serves them to the resolver. */
import { isAbsolute, resolve } from 'node:path';
import type { Host, ReadResult } from '../model/index.js';
import { MANIFEST_NAME, parseManifest, TEMPLATE_NAMES, type FilingManifest } from '../build/manifest.js';

interface EmbeddedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What was found inside a filing; `missing` names the contract's files that were not there. */
export interface Embedded {
  readonly manifest?: FilingManifest;
  readonly source: EmbeddedFile;
  /** A school's county file and so on: where `extends` finds them, relative to the source's folder. */
  readonly parents: readonly (EmbeddedFile & { readonly path: string })[];
  readonly templates?: { readonly notice: string; readonly filing: string };
  readonly missing: readonly string[];
}

const PARENT = /^parent-\d+\.ya?ml$/i;
const YAML = /\.ya?ml$/i;
const utf8 = new TextDecoder();

/** A parent path the resolver may follow: relative, forward slashes, no drive letters. */
function safeRelative(path: string): boolean {
  return path !== '' && !isAbsolute(path) && !/^[A-Za-z]:/.test(path) && !path.includes('\\') && !path.includes('\0');
}

/** Without a manifest: the one YAML attachment that is not a parent, preferring the Info dict's catalogue id. */
function guessSource(files: ReadonlyMap<string, Uint8Array>, catalogueId: string | undefined): EmbeddedFile | undefined {
  const named = catalogueId ? files.get(`${catalogueId}.yaml`) : undefined;
  if (catalogueId && named) return { name: `${catalogueId}.yaml`, bytes: named };
  const candidates = [...files.keys()].filter((n) => YAML.test(n) && !PARENT.test(n)).sort();
  const name = candidates[0];
  const bytes = name === undefined ? undefined : files.get(name);
  return name !== undefined && bytes ? { name, bytes } : undefined;
}

/** The embedded source and what goes with it; undefined when the filing carries no source at all. */
export function findEmbedded(files: ReadonlyMap<string, Uint8Array>, info: Readonly<Record<string, string>>): Embedded | undefined {
  const manifestBytes = files.get(MANIFEST_NAME);
  const manifest = manifestBytes ? parseManifest(manifestBytes) : undefined;
  if (!manifest) {
    const source = guessSource(files, info.CatalogueId);
    return source ? { source, parents: [], missing: [MANIFEST_NAME] } : undefined;
  }
  const sourceBytes = files.get(manifest.source.name);
  if (!sourceBytes) return undefined;
  const missing: string[] = [];
  const parents: (EmbeddedFile & { path: string })[] = [];
  for (const p of manifest.parents ?? []) {
    const bytes = files.get(p.name);
    if (bytes && safeRelative(p.path)) parents.push({ name: p.name, path: p.path, bytes });
    else missing.push(p.name);
  }
  const notice = files.get(TEMPLATE_NAMES.notice);
  const filing = files.get(TEMPLATE_NAMES.filing);
  if (!notice) missing.push(TEMPLATE_NAMES.notice);
  if (!filing) missing.push(TEMPLATE_NAMES.filing);
  return {
    manifest,
    source: { name: manifest.source.name, bytes: sourceBytes },
    parents,
    ...(notice && filing ? { templates: { notice: utf8.decode(notice), filing: utf8.decode(filing) } } : {}),
    missing,
  };
}

/** A file system holding the source at `sourcePath`, its parents around it, and the bureau's baseline file. */
export interface VirtualFiles {
  readonly host: Host;
  readonly sourcePath: string;
}

/**
 * The source sits deep enough in a made-up folder that every `../` of its parents stays inside it;
 * the bureau's baseline is served from its real path, so `--baseline` still replaces NAME@VERSION.
 */
export function virtualFiles(embedded: Embedded, baseline: { readonly path: string; readonly bytes: Uint8Array }): VirtualFiles {
  const depth = Math.max(0, ...embedded.parents.map((p) => p.path.split('/').filter((s) => s === '..').length));
  const cwd = resolve('/', 'embedded', ...Array.from({ length: depth }, (_, i) => `d${i + 1}`));
  const files = new Map<string, Uint8Array>();
  const sourcePath = resolve(cwd, embedded.source.name);
  files.set(sourcePath, embedded.source.bytes);
  for (const p of embedded.parents) if (!files.has(resolve(cwd, p.path))) files.set(resolve(cwd, p.path), p.bytes);
  const baselinePath = resolve(baseline.path);
  const readFile = (path: string): ReadResult => {
    const abs = resolve(path);
    if (abs === baselinePath) return { kind: 'file', bytes: baseline.bytes };
    const bytes = files.get(abs);
    return bytes ? { kind: 'file', bytes } : { kind: 'missing' };
  };
  return { host: { cwd, readFile }, sourcePath };
}
