/** Two renders of the same document are the same bytes, whatever the time zone or the clock says. */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/render/pdf/index.js';
import { example } from './fixtures.js';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('reproducible PDF bytes', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each(['notice', 'filing'] as const)('renders the weihui %s twice to identical bytes', async (part) => {
    const ex = example('catalogues/weihui.yaml');
    const first = await renderPdf(ex[part], ex.options);
    const second = await renderPdf(ex[part], ex.options);
    expect(sha256(second)).toBe(sha256(first));
  });

  it('gives the same bytes after other documents have used the shared parsed fonts', async () => {
    const ex = example('catalogues/weihui.yaml');
    const school = example('catalogues/schools/weihui-shiyan.yaml');
    const before = sha256(await renderPdf(ex.notice, ex.options));
    await renderPdf(ex.filing, ex.options);
    await renderPdf(school.notice, school.options);
    expect(sha256(await renderPdf(ex.notice, ex.options))).toBe(before);
  });

  it('does not depend on the time zone (Node re-reads TZ when it is assigned)', async () => {
    const ex = example('catalogues/weihui.yaml');
    const hashes = new Set<string>();
    const offsets = new Set<number>();
    for (const tz of ['Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      offsets.add(new Date(2020, 9, 26).getTimezoneOffset());
      hashes.add(sha256(await renderPdf(ex.notice, ex.options)));
    }
    expect(offsets.size).toBe(4); // the zone really changed
    expect(hashes.size).toBe(1);
  });

  it('changes when the date changes (the date is the only clock)', async () => {
    const ex = example('catalogues/weihui.yaml');
    const other = { ...ex.notice, info: { ...ex.notice.info, date: '2020-10-27' } };
    expect(sha256(await renderPdf(other, ex.options))).not.toBe(sha256(await renderPdf(ex.notice, ex.options)));
  });
});
