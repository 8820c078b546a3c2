/** Round trip: a generated catalogue, built into the notice DOCX and the portal HTML, imports back to the same resolved catalogue. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { checkOverlay, importBytes, withoutIds } from '../import/helpers.js';
import { baselineItems, channels, checkText, county, idSegment, newItem, SEED, yamlText } from './generate.js';

const work = mkdtempSync(join(tmpdir(), 'catalog-import-roundtrip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** New items in a baseline category or in a category of their own, and a baseline item with other channels. */
const catalogue = fc.record({
  items: fc.uniqueArray(idSegment, { minLength: 1, maxLength: 3 }).chain((ids) => fc.tuple(...ids.map((id) => newItem(`generated.${id}`)))),
  categoryOf: fc.constantFrom(...baselineItems.map((e) => e.categoryId)),
  ownCategory: fc.boolean(),
  changed: fc.constantFrom(...baselineItems),
  channel: fc.uniqueArray(channels, { minLength: 1, maxLength: 4 }),
});

describe('build → import', () => {
  it('gives back the resolved catalogue from the DOCX and from the HTML', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(catalogue, async ({ items, categoryOf, ownCategory, changed, channel }) => {
        n += 1;
        const overlay = { id: changed.item.id, channel: [...new Set([...changed.item.channel, ...channel])] };
        const categories = ownCategory
          ? [
              { id: changed.categoryId, items: [overlay] },
              { id: 'generated', name: '县级新增类别', items },
            ]
          : changed.categoryId === categoryOf
            ? [{ id: categoryOf, items: [overlay, ...items] }]
            : [
                { id: changed.categoryId, items: [overlay] },
                { id: categoryOf, items },
              ];
        const text = yamlText(county(categories));
        const source = checkText(text).resolved;
        expect(source, text).toBeDefined();
        const path = join(work, `generated-${n}.yaml`);
        writeFileSync(path, text);
        const out = join(work, `out-${n}`);
        const built = runCli(['build', path, '-o', out, '--only', 'notice,docx,html'], work);
        expect(built.status, built.stderr).toBe(0);
        for (const file of ['generated.notice.docx', 'generated.html']) {
          const { overlay: imported } = await importBytes(file, readFileSync(join(out, file)));
          const resolved = checkOverlay(imported.text).resolved;
          expect(resolved, imported.text).toBeDefined();
          expect(resolved?.region).toBe(source?.region);
          expect(resolved?.title).toBe(source?.title);
          // DOCX tables carry no ids: added items get made-up ones; the portal page keeps them.
          if (file.endsWith('.html')) expect(resolved?.categories).toEqual(source?.categories);
          else expect(withoutIds(resolved!)).toEqual(withoutIds(source!));
        }
      }),
      { seed: SEED, numRuns: 3 },
    );
  }, 240_000);
});
