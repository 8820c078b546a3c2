/** Shared pieces of the import tests: the baseline, importing a fixture, and resolving the overlay it writes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource, type Checked } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import { importCatalogue, type ImportResult } from '../../src/import/import.js';
import type { Catalogue, Item } from '../../src/model/index.js';
import { repoRoot } from '../helpers/check.js';

export const fixtures = join(repoRoot, 'tests', 'import', 'fixtures');
const baselinePath = join(repoRoot, 'catalogues', 'xinxiang', '2020.yaml');
/** Where imported overlays pretend to live: `extends: xinxiang@2020` finds catalogues/ above. */
const overlayPath = join(repoRoot, 'catalogues', 'imported-by-test.yaml');

export const baseline: Catalogue = (() => {
  const c = checkSource(baselinePath, readFileSync(baselinePath), fsHost(repoRoot), { lang: 'zh' }).resolved;
  if (!c) throw new Error('the baseline does not resolve');
  return c;
})();

export async function importBytes(file: string, bytes: Uint8Array, manual: ReadonlyMap<string, string> = new Map()): Promise<ImportResult> {
  return importCatalogue({ file, bytes, baseline, id: 'yanjin', extends: 'xinxiang@2020', manual, lang: 'zh' });
}

export async function importFixture(name: string, manual?: ReadonlyMap<string, string>): Promise<ImportResult> {
  return importBytes(name, readFileSync(join(fixtures, name)), manual);
}

/** Check overlay text as a county file in catalogues/. */
export function checkOverlay(text: string): Checked {
  return checkSource(overlayPath, new TextEncoder().encode(text), fsHost(repoRoot), { lang: 'zh' });
}

/** What every county fixture says (see make-fixtures.mjs): the baseline with the county's edits. */
export function expectedCounty(): { id: string; name: string; items: Omit<Item, 'id'>[] }[] {
  return baseline.categories.map((c) => ({
    id: c.id,
    name: c.name,
    items: [
      ...c.items
        .filter((i) => i.id !== 'teachers.mandarin')
        .map(({ id, provenance, ...i }) => ({
          ...i,
          subject: '延津县教育局',
          ...(id === 'enrollment.plan' ? { channel: [...i.channel, '学校公告栏'] } : {}),
          ...(id === 'students.awards' ? { name: '学生评优评先办法' } : {}),
          // A row the county changed is its own; the others (its own bureau as 公开主体 is no change) keep the baseline's.
          ...(provenance && id !== 'enrollment.plan' && id !== 'students.awards' ? { provenance } : {}),
        })),
      ...(c.id === 'enrollment'
        ? [
            {
              name: '课后服务实施方案',
              content: ['服务内容和形式', '服务时间', '收费标准'],
              basis: ['《教育部办公厅关于做好中小学生课后服务工作的指导意见》'],
              timeLimit: '信息形成或者变更之日起20个工作日内',
              subject: '延津县教育局',
              channel: ['政府网站', '学校公告栏'],
              audience: ['全社会' as const],
              method: ['主动' as const],
              level: ['县级' as const, '乡级' as const],
            },
          ]
        : []),
    ],
  }));
}

const baselineCategories = new Set(baseline.categories.map((c) => c.id));

/** A resolved catalogue's categories without the ids a Word table cannot carry: items', and those of added categories. */
export function withoutIds(c: Catalogue): { id: string; name: string; items: Omit<Item, 'id'>[] }[] {
  return c.categories.map((k) => ({ id: baselineCategories.has(k.id) ? k.id : '(added)', name: k.name, items: k.items.map(({ id: _id, ...rest }) => rest) }));
}
