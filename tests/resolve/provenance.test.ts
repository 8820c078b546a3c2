/** Provenance of rows: written in the baseline, inherited by unchanged county rows, validated by the schema. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferredRowsNote } from '../../src/build/provenance-note.js';
import { checkSource } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import type { Catalogue, Item } from '../../src/model/index.js';
import { normalizeProvenance } from '../../src/resolve/provenance.js';
import { fixturesDir, repoRoot, where } from '../helpers/check.js';

function resolved(abs: string) {
  return checkSource(abs, readFileSync(abs), fsHost(repoRoot), { lang: 'zh' });
}
function item(c: Catalogue | undefined, id: string): Item | undefined {
  return c?.categories.flatMap((cat) => cat.items).find((i) => i.id === id);
}

describe('provenance through extends', () => {
  const checked = resolved(join(fixturesDir, 'provenance', 'county.yaml'));
  const c = checked.resolved;

  it("an untouched row keeps the baseline row's provenance, with its note", () => {
    expect(item(c, 'implementation.dropout')?.provenance?.source).toBe('inferred');
    expect(item(c, 'policy.law')?.provenance).toEqual({ source: 'national' });
  });

  it("a changed row is the county's own: no provenance", () => {
    expect(item(c, 'teachers.mandarin')?.provenance).toBeUndefined();
  });

  it("a row restated unchanged, given only a note, or naming the county's bureau keeps it", () => {
    expect(item(c, 'teachers.conduct')?.provenance?.source).toBe('inferred');
    expect(item(c, 'teachers.awards')?.provenance?.source).toBe('inferred');
    expect(item(c, 'teachers.titles')?.provenance?.source).toBe('inferred');
  });

  it("a new row keeps what it writes; a renamed category drops the baseline's", () => {
    expect(item(c, 'demo.volunteers')?.provenance).toEqual({ source: 'national', note: '见某省已发布目录' });
    expect(c?.categories.find((x) => x.id === 'implementation')?.provenance).toBeUndefined();
    expect(c?.categories.find((x) => x.id === 'teachers')?.provenance).toEqual({ source: 'seed' });
  });

  it('build counts the inferred rows the documents rest on, in zh and en, and says nothing at zero', () => {
    expect(inferredRowsNote('demo.yaml', c, 'zh')).toEqual([
      'demo.yaml：本目录有 16 个二级事项沿用市级基准目录中推定的内容（非新乡市指引原文），见 README「基准目录的来源」',
    ]);
    expect(inferredRowsNote('demo.yaml', c, 'en')[0]).toMatch(/^demo\.yaml: 16 item\(s\) keep content the municipal baseline inferred/);
    const none = c
      ? { ...c, categories: c.categories.map((cat) => ({ ...cat, items: cat.items.filter((i) => i.provenance?.source !== 'inferred') })) }
      : undefined;
    expect(inferredRowsNote('demo.yaml', none, 'zh')).toEqual([]);
  });

  it('the short form and the object form read the same', () => {
    expect(normalizeProvenance('seed')).toEqual({ source: 'seed' });
    expect(normalizeProvenance({ source: 'inferred', note: '推定' })).toEqual({ source: 'inferred', note: '推定' });
    expect(normalizeProvenance(undefined)).toBeUndefined();
  });

  it('a malformed provenance is a schema error at its place', () => {
    const bad = resolved(join(fixturesDir, 'provenance', 'bad.yaml')).result.diagnostics.filter((d) => d.rule === 'schema');
    expect(where(bad).map((d) => d.line)).toEqual([10, 14, 18]);
  });
});
