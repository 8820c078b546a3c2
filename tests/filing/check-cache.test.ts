// verify checks a filing's embedded source once per worker for the very same files: any other byte, parent,
// baseline or language is checked afresh, and rendering from a cached check writes nothing into it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEmbedded } from '../../src/filing/check-cache.js';
import { findEmbedded, type Embedded } from '../../src/filing/embedded.js';
import { buildFiling, checkCatalogue, embeddedFiles, shippedBaseline } from './helpers.js';

const baseline = { path: shippedBaseline, bytes: new Uint8Array(readFileSync(shippedBaseline)) };

function deepFreeze<T>(v: T, seen = new Set<unknown>()): T {
  if (v === null || typeof v !== 'object' || seen.has(v) || ArrayBuffer.isView(v)) return v;
  seen.add(v);
  for (const x of Object.values(v as object)) deepFreeze(x, seen);
  if (v instanceof Map) {
    for (const [k, x] of v) {
      deepFreeze(k, seen);
      deepFreeze(x, seen);
    }
  }
  return Object.freeze(v);
}

describe('checkEmbedded', () => {
  it('serves the same files from the cache, and checks any other files afresh', async () => {
    const files = await embeddedFiles(await buildFiling(checkCatalogue('catalogues/weihui.yaml')));
    const embedded = findEmbedded(files, {})!;
    const first = checkEmbedded(embedded, baseline, 'zh');
    expect(first.resolved).toBeDefined();
    expect(checkEmbedded({ ...embedded, source: { ...embedded.source, bytes: new Uint8Array(embedded.source.bytes) } }, baseline, 'zh')).toBe(first);

    const text = Buffer.from(embedded.source.bytes).toString('utf8');
    const edited = text.replace(/^region: 卫辉市$/m, 'region: 卫滨区');
    expect(edited).not.toBe(text);
    const forged: Embedded = { ...embedded, source: { ...embedded.source, bytes: new Uint8Array(Buffer.from(edited)) } };
    const other = checkEmbedded(forged, baseline, 'zh');
    expect(other).not.toBe(first);
    expect(JSON.stringify(other.resolved)).not.toBe(JSON.stringify(first.resolved));

    const renamed = checkEmbedded({ ...embedded, source: { ...embedded.source, name: `x-${embedded.source.name}` } }, baseline, 'zh');
    expect(renamed).not.toBe(first);
    expect(checkEmbedded(embedded, baseline, 'en')).not.toBe(first);
    expect(checkEmbedded(embedded, { ...baseline, bytes: new Uint8Array([...baseline.bytes, 0x0a]) }, 'zh')).not.toBe(first);
    const parent = { name: 'parent-1.yaml', path: '../p.yaml', bytes: new Uint8Array(Buffer.from('a: 1\n')) };
    const withParent = checkEmbedded({ ...embedded, parents: [parent] }, baseline, 'zh');
    expect(withParent).not.toBe(first);
    expect(checkEmbedded({ ...embedded, parents: [{ ...parent, bytes: new Uint8Array(Buffer.from('a: 2\n')) }] }, baseline, 'zh')).not.toBe(withParent);
    expect(checkEmbedded({ ...embedded, parents: [{ ...parent, path: '../q.yaml' }] }, baseline, 'zh')).not.toBe(withParent);
  });

  it('a rebuild from a frozen check writes nothing into it and paints the same bytes', async () => {
    const plain = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
    const frozen = await buildFiling(deepFreeze(checkCatalogue('catalogues/weihui.yaml')));
    expect(Buffer.compare(Buffer.from(frozen), Buffer.from(plain))).toBe(0);
  });
});
