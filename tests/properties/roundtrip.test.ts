/** Round trip: a generated valid catalogue, built into a filing PDF, verifies with integrity ok. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { baseline, county, idSegment, newItem, SEED, yamlText } from './generate.js';

const hasVerify = existsSync(join(repoRoot, 'src', 'app', 'verify.ts'));
if (!hasVerify) console.warn('skipping the round-trip property: src/app/verify.ts does not exist yet');

const work = mkdtempSync(join(tmpdir(), 'catalog-roundtrip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A valid county catalogue: new items in a baseline category and perhaps a new category, with a date or without. */
const catalogue = fc.record({
  id: idSegment,
  items: fc.uniqueArray(idSegment, { minLength: 1, maxLength: 3 }).chain((ids) => fc.tuple(...ids.map((id) => newItem(`generated.${id}`)))),
  categoryOf: fc.constantFrom(...baseline.categories.map((c) => c.id)),
  ownCategory: fc.boolean(),
  date: fc.option(fc.constantFrom('2020-10-26', '2021-03-01')),
});

describe.skipIf(!hasVerify)('resolve → render → verify', () => {
  it('gives integrity ok for generated valid catalogues', () => {
    let n = 0;
    fc.assert(
      fc.property(catalogue, ({ id, items, categoryOf, ownCategory, date }) => {
        const dir = join(work, `run-${n++}`);
        const categories = ownCategory ? [{ id: 'generated', name: '县级新增类别', items }] : [{ id: categoryOf, items }];
        const source = join(work, `${id}-${n}.yaml`);
        writeFileSync(source, yamlText(county(categories, { id, ...(date ? { document: { date } } : {}) })));
        const built = runCli(['build', source, '-o', dir, '--only', 'filing,pdf'], work);
        expect(built.status, built.stdout + built.stderr).toBe(0);
        const verified = runCli(['verify', join(dir, `${id}.filing.pdf`), '--format', 'json'], work);
        const filing = (JSON.parse(verified.stdout) as { files: { integrity?: string; status?: string }[] }).files[0];
        expect(filing?.integrity, verified.stdout).toBe('ok');
        expect(verified.status).toBe(0);
      }),
      { seed: SEED, numRuns: 3 },
    );
  });
});
