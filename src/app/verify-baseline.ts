/** The bureau's `--baseline`: the city's municipal catalogue, or a county's own catalogue when it receives its schools' filings. */
import { resolve } from 'node:path';
import { checkSource } from '../check/check.js';
import type { BureauScope } from '../filing/kinds.js';
import { loadSource, sha256Hex } from '../load/load.js';
import { catalogueLabel, type Host, type Lang } from '../model/index.js';
import { locateBaseline } from '../resolve/locate.js';
import { UsageError, type AppHost } from './host.js';
import { vt } from '../messages/verify.js';

/** A baseline file read once. */
export interface BaselineFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  /** NAME@VERSION, or the catalogue id when it has no version. */
  readonly label: string;
  readonly id: string;
  readonly version?: string;
}

/** What verify works with: the municipal root every chain must end in, what the bureau receives, and its own file (the report's header). */
export interface Bureau {
  readonly root: BaselineFile;
  readonly scope: BureauScope;
  readonly own: BaselineFile;
}

interface Head {
  readonly kind?: unknown;
  readonly id?: unknown;
  readonly version?: unknown;
  readonly extends?: unknown;
}

function baselineFile(path: string, bytes: Uint8Array, head: Head): BaselineFile {
  const id = String(head.id);
  const version = head.version !== undefined ? String(head.version) : undefined;
  return { path, bytes, sha256: sha256Hex(bytes), id, label: catalogueLabel({ id, version }), ...(version !== undefined ? { version } : {}) };
}

/** A county catalogue as a bureau: it must resolve cleanly to a municipal root, found as `check` finds it. */
function countyBureau(own: BaselineFile, head: Head, file: string, host: Host, lang: Lang): Bureau {
  const checked = checkSource(own.path, own.bytes, host, { lang });
  const spec = typeof head.extends === 'string' ? head.extends : undefined;
  const located = spec === undefined ? undefined : locateBaseline(spec, own.path, host);
  if (!checked.resolved || !located?.ok || checked.baseline?.kind !== 'municipal') throw new UsageError(vt(lang, 'err.baselineCounty', { path: file }));
  const rootHead = loadSource(located.path, located.bytes).data as Head;
  return {
    root: baselineFile(located.path, located.bytes, rootHead),
    own,
    scope: { accepts: 'school', parent: { label: own.label, sha256: own.sha256, path: own.path } },
  };
}

/** Read the bureau's baseline once: a municipal catalogue, or a county's; anything else is a usage error. */
export function readBureau(file: string, host: AppHost, lang: Lang): Bureau {
  const path = resolve(host.cwd, file);
  const r = host.fs.read(path);
  if (r.kind !== 'file') throw new UsageError(vt(lang, 'err.baseline', { path: file }));
  const head = loadSource(file, r.bytes).data as Head | undefined;
  if (!head || typeof head !== 'object' || typeof head.id !== 'string') throw new UsageError(vt(lang, 'err.baselineKind', { path: file }));
  const own = baselineFile(path, r.bytes, head);
  if (head.kind === 'county') return countyBureau(own, head, file, host, lang);
  if (head.kind !== 'municipal') throw new UsageError(vt(lang, 'err.baselineKind', { path: file }));
  return { root: own, own, scope: { accepts: 'county', parent: { label: own.label, sha256: own.sha256 } } };
}
