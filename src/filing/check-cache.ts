/** The check of a filing's embedded source, cached per worker: a county's filings (as built, sealed, re-saved) carry the same files. */
import { createHash } from 'node:crypto';
import { checkSource, type Checked } from '../check/check.js';
import type { Lang } from '../model/index.js';
import { virtualFiles, type Embedded } from './embedded.js';

const CACHE_SIZE = 4;
const cache = new Map<string, Checked>();

/**
 * Everything the check reads: the virtual files (`virtualFiles` makes them from the source's name and bytes,
 * each parent's path and bytes, and the baseline's path and bytes; every other path is missing), the
 * language and the baseline override. Each part is length-prefixed, so no two inputs share a key.
 */
function keyOf(embedded: Embedded, baseline: { readonly path: string; readonly bytes: Uint8Array }, lang: Lang): string {
  const h = createHash('sha256');
  const part = (data: string | Uint8Array): void => {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    h.update(`${bytes.length}:`).update(bytes);
  };
  part(lang);
  part(baseline.path);
  part(baseline.bytes);
  part(embedded.source.name);
  part(embedded.source.bytes);
  part(String(embedded.parents.length));
  for (const p of embedded.parents) {
    part(p.path);
    part(p.bytes);
  }
  return h.digest('hex');
}

/**
 * `checkSource` of the embedded source against the bureau's baseline, as verify-pdf did it, from the cache
 * when this worker checked the very same files already (the result is a function of them alone; it is
 * only read afterwards: the outcome copies its diagnostics, the rebuild renders from it without writing).
 */
export function checkEmbedded(embedded: Embedded, baseline: { readonly path: string; readonly bytes: Uint8Array }, lang: Lang): Checked {
  const key = keyOf(embedded, baseline, lang);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const files = virtualFiles(embedded, baseline);
  const checked = checkSource(files.sourcePath, embedded.source.bytes, files.host, { lang, baselineOverride: baseline.path, trustOverride: true });
  cache.set(key, checked);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return checked;
}
