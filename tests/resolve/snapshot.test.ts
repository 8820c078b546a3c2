/** The build's snapshot of the resolved shipped baselines (lib/resolve/resolved-baselines.json) says what src/ resolves them to. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fsHost } from '../../src/app/host.js';
import { resolveFile } from '../../src/resolve/resolve.js';
import { SHIPPED_BASELINES } from '../../src/resolve/shipped.js';
import type { BaselineSnapshot } from '../../src/resolve/snapshot.js';
import { repoRoot } from '../helpers/check.js';

const file = join(repoRoot, 'lib/resolve/resolved-baselines.json');
const baselinePath = (id: string, version: string) => join(repoRoot, 'catalogues', id, `${version}.yaml`);

describe.skipIf(!existsSync(file))('the resolved-baseline snapshot in lib/ (npm run build writes it)', () => {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as BaselineSnapshot[];

  it('holds each shipped baseline, resolved as src/ resolves it now (stale after a resolver change: npm run build)', () => {
    expect(entries.map((e) => e.catalogue.id)).toEqual(SHIPPED_BASELINES.map((b) => b.id));
    for (const { id, version } of SHIPPED_BASELINES) {
      const path = baselinePath(id, version);
      const r = resolveFile(path, readFileSync(path), fsHost(repoRoot), {}, []);
      expect(r.ok).toBe(true);
      if (r.ok) expect(entries.find((e) => e.sha256 === r.sha256)?.catalogue).toEqual(r.catalogue);
    }
  });

  it('is not used for bytes that hash otherwise: an edited copy is parsed', async () => {
    const lib = (await import(pathToFileURL(join(repoRoot, 'lib/resolve/resolve.js')).href)) as { resolveFile: typeof resolveFile };
    const { id, version } = SHIPPED_BASELINES[0]!;
    const text = readFileSync(baselinePath(id, version), 'utf8').replace(/^title: *(.*)$/m, 'title: $1（副本）');
    const r = lib.resolveFile('/tmp/copy.yaml', Buffer.from(text), fsHost(repoRoot), {}, []);
    expect(r.ok && r.catalogue.title).toMatch(/（副本）$/);
    const same = lib.resolveFile(baselinePath(id, version), readFileSync(baselinePath(id, version)), fsHost(repoRoot), {}, []);
    expect(same.ok && same.catalogue).toEqual(entries[0]!.catalogue);
  });
});
