/** Forged filings are errors naming the change; genuine, sealed and re-saved filings are not (issue 13). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VerifyEnv } from '../../src/filing/verify.js';
import { appendUpdate, paintOver, pageAndCatalog, withEntries } from './forge.js';
import { buildFiling, checkCatalogue, filingFindings, has, run, tempDir, verifyEnv } from './helpers.js';
import { addSignaturePlaceholder } from './sign.js';

const dir = tempDir();
let env: VerifyEnv;
let good: Uint8Array;

const WHITE_BOX = 'q 1 1 1 rg 90 300 420 40 re f Q';
const INVISIBLE = 'BT 3 Tr /F1 12 Tf 100 100 Td <00010002> Tj ET';
const MOVED_TICK = 'q 1 1 1 rg 300 200 30 20 re f Q q 0 0 0 RG 1 w 420 210 m 425 203 l 435 220 l S Q';

/** Incremental forgeries: what each changes, and what the finding must name. */
function incremental(): [string, () => Uint8Array, RegExp][] {
  return [
    ['a white box over a cell', () => paintOver(good, 3, WHITE_BOX), /page \(\d+ 0 obj\) \/Contents/],
    ['invisible text (render mode 3)', () => paintOver(good, 3, INVISIBLE), /\/Contents/],
    ['a moved √', () => paintOver(good, 4, MOVED_TICK), /\/Contents/],
    [
      'a white annotation over a cell',
      () => {
        const { page, size } = pageAndCatalog(good, 3);
        return appendUpdate(
          good,
          new Map([
            [size, '<< /Type /Annot /Subtype /Square /Rect [90 300 510 340] /IC [1 1 1] /C [1 1 1] /F 4 >>'],
            [page.num, withEntries(page.dict, { Annots: `[${size} 0 R]` })],
          ]),
        );
      },
      /Square annotation/,
    ],
    [
      'an OpenAction with JavaScript',
      () => {
        const { catalog } = pageAndCatalog(good, 1);
        return appendUpdate(good, new Map([[catalog.num, withEntries(catalog.dict, { OpenAction: '<< /S /JavaScript /JS (app.alert\\(1\\)) >>' })]]));
      },
      /catalog \/OpenAction/,
    ],
    [
      'a new /Info title',
      () => {
        const { info } = pageAndCatalog(good, 1);
        return appendUpdate(good, new Map([[info ?? 0, '<< /Title (Forged) /Producer (catalog) >>']]));
      },
      /Info/,
    ],
    [
      'a signature whose widget runs an action',
      () => addSignaturePlaceholder(good, 3, { AA: '<< /E << /S /JavaScript /JS (app.alert\\(1\\)) >> >>' }),
      /action/,
    ],
  ];
}

beforeAll(async () => {
  env = verifyEnv(dir);
  good = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
  writeFileSync(join(dir, 'good.pdf'), good);
});

describe('forgeries appended as incremental updates', () => {
  for (const [what, forge, names] of incremental()) {
    it(`${what} is tampered-document naming the change`, async () => {
      const r = await filingFindings(forge(), env);
      expect(r.integrity).toBe('tampered');
      expect(r.found.map((f) => [f.rule, f.messageId])).toEqual([['tampered-document', 'revision']]);
      expect(String(r.found[0]?.data?.what)).toMatch(names);
    });
  }
});

describe('forgeries saved as one revision (flattened by qpdf)', () => {
  if (!has('qpdf')) console.warn('skipping the flattened forgeries and the re-saved filings: qpdf not installed');
  const flattened = (bytes: Uint8Array, name: string): Uint8Array => {
    writeFileSync(join(dir, `${name}.in.pdf`), bytes);
    run('qpdf', [join(dir, `${name}.in.pdf`), join(dir, `${name}.pdf`)]);
    return new Uint8Array(readFileSync(join(dir, `${name}.pdf`)));
  };
  const cases: [string, () => Uint8Array, string, Record<string, unknown>][] = [
    ['a white box', () => paintOver(good, 3, WHITE_BOX), 'paint', { page: 3 }],
    // The hidden glyphs are text: the text of the page differs.
    ['invisible text', () => paintOver(good, 3, INVISIBLE), 'default', { page: 3 }],
    ['a moved √', () => paintOver(good, 4, MOVED_TICK), 'paint', { page: 4 }],
    ['a white annotation', () => incremental()[3]?.[1]() ?? good, 'annotations', { page: 3 }],
    ['an OpenAction with JavaScript', () => incremental()[4]?.[1]() ?? good, 'document', {}],
    ['a new /Info title', () => incremental()[5]?.[1]() ?? good, 'document', { part: 'info' }],
  ];
  for (const [what, forge, messageId, data] of cases) {
    it.skipIf(!has('qpdf'))(`${what} is tampered-document (${messageId})`, async () => {
      const r = await filingFindings(flattened(forge(), what.replace(/\W+/g, '-')), env);
      expect(r.integrity).toBe('tampered');
      expect(r.found).toHaveLength(1);
      expect(r.found[0]).toMatchObject({ rule: 'tampered-document', messageId, data });
    });
  }

  for (const args of [['--linearize'], ['--object-streams=generate']]) {
    it.skipIf(!has('qpdf'))(`a filing re-saved by qpdf ${args[0]} is ok, reported as re-saved`, async () => {
      const out = join(dir, `resaved${args[0]}.pdf`);
      run('qpdf', [...args, join(dir, 'good.pdf'), out]);
      const resaved = new Uint8Array(readFileSync(out));
      expect(Buffer.compare(resaved, good)).not.toBe(0);
      expect(await filingFindings(resaved, env)).toEqual({ integrity: 'ok', found: [{ rule: 'other-version', messageId: 'resaved', data: {} }] });
    });
  }
});
