/** Resolve real catalogue files into LayoutInputs for the layout tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from '../../../src/check/check.js';
import { fsHost } from '../../../src/app/host.js';
import type { LayoutInput } from '../../../src/model/index.js';
import { packageRoot, templatesDir } from '../../../src/util/paths.js';
import { findAddedItemIds } from '../../../src/render/layout/index.js';

export const templates = {
  notice: readFileSync(join(templatesDir, 'notice.hbs'), 'utf8'),
  filing: readFileSync(join(templatesDir, 'filing.hbs'), 'utf8'),
};

/** The example catalogues, by the name the snapshots use. */
export const EXAMPLES: Readonly<Record<string, string>> = {
  xinxiang: 'catalogues/xinxiang/2020.yaml',
  weihui: 'catalogues/weihui.yaml',
  huixian: 'catalogues/huixian.yaml',
  fengqiu: 'catalogues/fengqiu.yaml',
  yuanyang: 'catalogues/yuanyang.yaml',
  'weihui-shiyan': 'catalogues/schools/weihui-shiyan.yaml',
  bare: 'tests/render/layout/fixtures/bare.yaml',
};

/** Check a file (relative to the package root) and build the layout input the way `build` does. */
export function layoutInput(file: string, date = '2020-11-02'): LayoutInput {
  const abs = join(packageRoot, file);
  const checked = checkSource(abs, readFileSync(abs), fsHost(packageRoot), { lang: 'zh' });
  const catalogue = checked.resolved;
  if (!catalogue) throw new Error(`${file} did not resolve: ${JSON.stringify(checked.result.diagnostics)}`);
  const origins = checked.origins;
  const addedItemIds =
    checked.baseline && origins
      ? catalogue.categories
          .flatMap((c) => c.items)
          .filter((i) => origins.items.get(i.id)?.status === 'added')
          .map((i) => i.id)
      : [];
  // The origins and a plain id comparison with the baseline must agree.
  if (addedItemIds.join() !== findAddedItemIds(catalogue, checked.baseline).join()) throw new Error('added items disagree');
  return {
    catalogue,
    ...(checked.baseline ? { baseline: checked.baseline } : {}),
    addedItemIds,
    sourceSha256: checked.loaded.sha256,
    date: catalogue.document.date ?? date,
    templates,
  };
}
