/** Shared pieces of the property tests: the baseline, checking generated YAML text, and text arbitraries. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { checkSource, type Checked } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import type { Catalogue, Item } from '../../src/model/index.js';
import { STANDARD_CHANNELS } from '../../src/validate/channels.js';
import { repoRoot } from '../helpers/check.js';

/** Fixed, so a failure reproduces; fast-check prints the counterexample and the path to it. */
export const SEED = 20_201_026;

const baselinePath = join(repoRoot, 'catalogues', 'xinxiang', '2020.yaml');
/** Where generated county files pretend to live: `extends: xinxiang@2020` finds catalogues/ above. */
const generatedPath = join(repoRoot, 'catalogues', 'generated-by-property-test.yaml');

/** Check YAML text as a county file in catalogues/. */
export function checkText(text: string): Checked {
  return checkSource(generatedPath, new TextEncoder().encode(text), fsHost(repoRoot), { lang: 'zh' });
}

/** YAML text for a JS value, the way a person would write it (no line folding). */
export const yamlText = (value: unknown): string => stringify(value, { lineWidth: 0 });

export const baseline: Catalogue = (() => {
  const c = checkSource(baselinePath, readFileSync(baselinePath), fsHost(repoRoot), { lang: 'zh' }).resolved;
  if (!c) throw new Error('the baseline does not resolve');
  return c;
})();

/** Every baseline item with the id of its category. */
export const baselineItems: readonly { readonly categoryId: string; readonly item: Item }[] = baseline.categories.flatMap((c) =>
  c.items.map((item) => ({ categoryId: c.id, item })),
);

/** A county header; `categories` is the overlay. */
export function county(categories?: readonly unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'generated',
    kind: 'county',
    region: '示例县',
    title: '示例县义务教育领域基层政务公开标准目录',
    issuer: '示例县教育局',
    extends: 'xinxiang@2020',
    ...extra,
    ...(categories ? { categories } : {}),
  };
}

/** Chinese text from characters that can never spell 同上 or a baseline entry by accident. */
export const chineseText = (maxLength = 12): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...Array.from('县级补充信息公开学校教育招生资助课后服务安全食堂校车作业')), minLength: 1, maxLength });

/** A lower-case id segment as the schema allows it. */
export const idSegment: fc.Arbitrary<string> = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);

export const LEVELS = ['市级', '县级', '乡级', '校级'] as const;
export const channels = fc.constantFrom(...STANDARD_CHANNELS);

/** A complete new item (all nine elements) with a given id. */
export function newItem(id: string): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      name: chineseText(),
      content: fc.uniqueArray(chineseText(20), { minLength: 1, maxLength: 4 }),
      basis: fc.uniqueArray(
        chineseText(20).map((s) => `《${s}》`),
        { minLength: 1, maxLength: 3 },
      ),
      timeLimit: fc.constantFrom('信息形成或者变更之日起20个工作日内', '实时公开', '每年1月31日前', '信息形成后5个工作日内'),
      subject: fc.constant('示例县教育局'),
      channel: fc.uniqueArray(channels, { minLength: 1, maxLength: 3 }),
      audience: fc.subarray(['全社会', '特定群体'], { minLength: 1 }),
      method: fc.subarray(['主动', '依申请'], { minLength: 1 }),
      level: fc.subarray([...LEVELS], { minLength: 1 }),
    })
    .map((fields) => ({ id, ...fields }));
}
