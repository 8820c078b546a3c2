/**
 * The shipped baselines resolved at build time: scripts/build.mjs writes lib/resolve/resolved-baselines.json,
 * each entry keyed by the SHA-256 of the YAML bytes it was resolved from. A file is taken from it only when its
 * bytes hash to that key; anything else (an edited copy, a missing or unreadable snapshot, src/ in tests) is parsed.
 */
import { readFileSync } from 'node:fs';
import type { Catalogue } from '../model/index.js';

/** One entry of the snapshot file. */
export interface BaselineSnapshot {
  readonly sha256: string;
  readonly catalogue: Catalogue;
}

/** The snapshot's file name, next to this module in lib/resolve/. */
const SNAPSHOT_FILE = 'resolved-baselines.json';

let snapshots: ReadonlyMap<string, Catalogue> | undefined;

/** The resolved catalogue of the baseline whose bytes hash to `sha256`, when the build snapshot holds it. */
export function snapshotCatalogue(sha256: string): Catalogue | undefined {
  snapshots ??= readSnapshots();
  return snapshots.get(sha256);
}

function readSnapshots(): ReadonlyMap<string, Catalogue> {
  try {
    const list = JSON.parse(readFileSync(new URL(`./${SNAPSHOT_FILE}`, import.meta.url), 'utf8')) as readonly BaselineSnapshot[];
    return new Map(list.map((s) => [s.sha256, s.catalogue]));
  } catch {
    return new Map();
  }
}
