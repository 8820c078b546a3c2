/**
 * The examples on each rule's page run as tests (as Biome's do): a ```yaml invalid block must raise the page's
 * rule, a ```yaml valid block must not. A fragment is checked as a county catalogue that extends xinxiang@2020:
 * the header's keys fill in what the fragment does not write itself (a municipal one extends nothing).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import { repoRoot } from '../helpers/check.js';

const HEADER: readonly (readonly [string, string])[] = [
  ['id', 'example'],
  ['kind', 'county'],
  ['region', '示例县'],
  ['title', '示例县义务教育领域基层政务公开标准目录'],
  ['issuer', '示例县教育局'],
  ['extends', 'xinxiang@2020'],
];

interface Example {
  readonly page: string;
  readonly expect: 'valid' | 'invalid';
  readonly text: string;
  readonly line: number;
}

/** Every marked block of a page, in the Chinese and the English part alike. */
function examples(page: string): Example[] {
  const text = readFileSync(join(repoRoot, 'docs', 'rules', page), 'utf8');
  const found: Example[] = [];
  const fence = /^```yaml (valid|invalid)\n([\s\S]*?)^```$/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    found.push({ page, expect: m[1] as Example['expect'], text: m[2] ?? '', line: text.slice(0, m.index).split('\n').length });
  }
  return found;
}

/** A whole catalogue from a fragment: the county header, less the keys the fragment writes itself. */
function catalogueText(fragment: string): string {
  const own = new Set([...fragment.matchAll(/^([A-Za-z]+):/gm)].map((m) => m[1]));
  if (/^kind: municipal$/m.test(fragment)) own.add('extends');
  return [...HEADER.filter(([k]) => !own.has(k)).map(([k, v]) => `${k}: ${v}`), fragment].join('\n');
}

function rulesRaised(text: string): string[] {
  const path = join(repoRoot, 'catalogues', 'docs-example.yaml');
  const checked = checkSource(path, new TextEncoder().encode(text), fsHost(repoRoot), { lang: 'zh' });
  return checked.result.diagnostics.map((d) => d.rule);
}

const pages = readdirSync(join(repoRoot, 'docs', 'rules'))
  .filter((f) => f.endsWith('.md'))
  .sort();
const all = pages.flatMap(examples);

describe('rule pages', () => {
  it('mark their examples', () => {
    expect(all.length).toBeGreaterThan(40);
  });
});

describe.each(all.map((e) => [`${e.page}:${e.line} (${e.expect})`, e] as const))('%s', (_name, example) => {
  const rule = example.page.replace(/\.md$/, '');
  it(example.expect === 'invalid' ? `raises ${rule}` : `does not raise ${rule}`, () => {
    const raised = rulesRaised(catalogueText(example.text));
    if (example.expect === 'invalid') expect(raised).toContain(rule);
    else expect(raised).not.toContain(rule);
  });
});
