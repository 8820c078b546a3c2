// Resolve each shipped baseline once at build time into lib/resolve/resolved-baselines.json, keyed by the
// SHA-256 of its YAML bytes: at run time a baseline with those exact bytes is not parsed again (src/resolve/snapshot.ts).
import { deepStrictEqual } from 'node:assert';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'lib', 'resolve', 'resolved-baselines.json');
// Removed before the resolver loads, so what is written comes from parsing the YAML, never from an older snapshot.
rmSync(out, { force: true });
const { resolveFile } = await import('../lib/resolve/resolve.js');
const { SHIPPED_BASELINES } = await import('../lib/resolve/shipped.js');

const host = {
  cwd: root,
  readFile(path) {
    try {
      return statSync(path).isDirectory() ? { kind: 'directory' } : { kind: 'file', bytes: readFileSync(path) };
    } catch {
      return { kind: 'missing' };
    }
  },
};
const entries = SHIPPED_BASELINES.map(({ id, version }) => {
  const path = join(root, 'catalogues', id, `${version}.yaml`);
  const r = resolveFile(path, readFileSync(path), host, {}, []);
  if (!r.ok) throw new Error(`${id}@${version} does not resolve: ${r.messageId}`);
  const entry = { sha256: r.sha256, catalogue: r.catalogue };
  // What JSON cannot carry (undefined, a Map, -0) would make the snapshot resolve differently: refuse it.
  deepStrictEqual(JSON.parse(JSON.stringify(entry)), entry);
  return entry;
});
writeFileSync(out, `${JSON.stringify(entries)}\n`);
