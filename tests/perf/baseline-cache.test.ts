/** Checking many files parses the municipal baseline once per process, and an edited baseline is read afresh. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check/check.js';
import type { Host, ReadResult } from '../../src/model/index.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const baselineText = readFileSync(join(repo, 'catalogues', 'xinxiang', '2020.yaml'), 'utf8');
const countyText = readFileSync(join(repo, 'catalogues', 'weihui.yaml'), 'utf8');

/** An in-memory folder: absolute path → text, read afresh on every call (so edits show). */
function memoryHost(root: string, files: Record<string, string>): Host {
  return {
    cwd: root,
    readFile(path: string): ReadResult {
      const text = files[path];
      return text === undefined ? { kind: 'missing' } : { kind: 'file', bytes: new TextEncoder().encode(text) };
    },
  };
}

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('resolved baseline cache', () => {
  it('gives every county checked in one process the same resolved baseline', () => {
    const root = '/virtual/cache-a';
    const baseline = join(root, 'catalogues', 'xinxiang', '2020.yaml');
    const host = memoryHost(root, { [baseline]: baselineText });
    const a = checkSource(join(root, 'catalogues', 'a.yaml'), enc(countyText), host, { lang: 'zh' });
    const b = checkSource(join(root, 'catalogues', 'b.yaml'), enc(countyText.replace('id: weihui', 'id: weihui-b')), host, { lang: 'zh' });
    expect(a.result.ok && b.result.ok).toBe(true);
    expect(b.baseline).toBe(a.baseline);
    expect(b.parents?.[0]?.sha256).toBe(a.parents?.[0]?.sha256);
  });

  it('resolves an edited baseline again (the key includes its SHA-256)', () => {
    const root = '/virtual/cache-b';
    const baseline = join(root, 'catalogues', 'xinxiang', '2020.yaml');
    const files = { [baseline]: baselineText };
    const host = memoryHost(root, files);
    const county = join(root, 'catalogues', 'a.yaml');
    const first = checkSource(county, enc(countyText), host, { lang: 'zh' });
    files[baseline] = baselineText.replace('name: 教育法律', 'name: 教育法律法规');
    const second = checkSource(county, enc(countyText), host, { lang: 'zh' });
    expect(second.baseline).not.toBe(first.baseline);
    const names = (c: typeof first): string[] => c.baseline?.categories.flatMap((cat) => cat.items.map((i) => i.name)) ?? [];
    expect(names(second)).toContain('教育法律法规');
    expect(names(first)).toContain('教育法律');
  });

  it('does not cache a baseline that fails to load', () => {
    const root = '/virtual/cache-c';
    const baseline = join(root, 'catalogues', 'xinxiang', '2020.yaml');
    const files = { [baseline]: 'id: [unclosed' };
    const host = memoryHost(root, files);
    const county = join(root, 'catalogues', 'a.yaml');
    expect(checkSource(county, enc(countyText), host, { lang: 'zh' }).result.ok).toBe(false);
    files[baseline] = baselineText;
    expect(checkSource(county, enc(countyText), host, { lang: 'zh' }).result.ok).toBe(true);
  });
});
