/** compression-bomb: a PDF that inflates past the cap is that filing's error; the others go on and memory stays in budget. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_INFLATED_BYTES, measureInflated } from '../../src/filing/inflate-limit.js';
import { bin } from '../helpers/cli.js';
import { deflatedZeros, pdfWithEmbeddedStream } from './bomb.js';
import { buildFiling, checkCatalogue, has, tempDir, verify, verifyEnv } from './helpers.js';

const rule = 'compression-bomb';
const dir = tempDir();
const inbox = join(dir, '收文');
let bomb: Buffer;
let genuine: Uint8Array;

beforeAll(async () => {
  mkdirSync(inbox);
  bomb = pdfWithEmbeddedStream(await deflatedZeros(1024 ** 3));
  genuine = await buildFiling(checkCatalogue('catalogues/weihui.yaml'));
  writeFileSync(join(inbox, 'bomb.pdf'), bomb);
  writeFileSync(join(inbox, 'weihui.filing.pdf'), genuine);
}, 120_000);

describe(rule, () => {
  it('measures a genuine filing well under the cap and a 1 GiB bomb over it', async () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const ok = await measureInflated(genuine);
    expect(ok.over).toBe(false);
    expect(ok.over ? 0 : ok.total).toBeLessThan(4 * 1024 * 1024);
    expect((await measureInflated(bomb)).over).toBe(true);
  });

  it('follows a stream compressed twice', async () => {
    const twice = pdfWithEmbeddedStream(deflateSync(await deflatedZeros(64 * 1024 * 1024)));
    expect((await measureInflated(twice, 32 * 1024 * 1024)).over).toBe(true);
  });

  it("is the filing's error, with integrity unreadable", async () => {
    const o = await verify(join(inbox, 'bomb.pdf'), verifyEnv(dir));
    expect(o.result.diagnostics.map((d) => d.rule)).toEqual([rule]);
    expect(o.result.integrity).toBe('unreadable');
    expect(o.result.diagnostics[0]?.message).toContain(`${MAX_INFLATED_BYTES / 1024 / 1024}.0 MB`);
  });

  it.skipIf(!has('/usr/bin/time'))('does not stop the batch, and verify stays within 300 MB', () => {
    const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, bin, 'verify', '--jobs', '1', '--format', 'json', '收文'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 120_000,
    });
    const files = (JSON.parse(r.stdout) as { files: { file: string; status: string; diagnostics: { rule: string; severity: string }[] }[] }).files;
    expect(
      files.map((f) => [
        f.file,
        f.status,
        f.diagnostics
          .filter((d) => d.severity !== 'info')
          .map((d) => d.rule)
          .join(),
      ]),
    ).toEqual([
      ['收文/weihui.filing.pdf', 'ok', ''],
      ['收文/bomb.pdf', 'error', rule],
    ]);
    const kb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]);
    expect(kb).toBeGreaterThan(0);
    console.log(`verify of a 1 GiB bomb and a filing: peak ${Math.round(kb / 1024)} MB`);
    expect(kb / 1024).toBeLessThan(300);
  });
});
