/** A 2,000-file extends chain is one unknown-baseline finding with its own message, not a stack overflow. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'catalog-depth-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** c0 → c1 → … → c{n-1} → xinxiang@2020, schools down to a county. */
function chain(n: number): void {
  for (let i = 0; i < n; i++) {
    const ext = i < n - 1 ? `./c${i + 1}.yaml` : 'xinxiang@2020';
    writeFileSync(
      join(work, `c${i}.yaml`),
      `id: c${i}\nkind: ${i < n - 1 ? 'school' : 'county'}\nregion: 甲${i}${i < n - 1 ? '学校' : '县'}\ntitle: 甲${i}目录\nissuer: 甲${i}${i < n - 1 ? '学校' : '县教育局'}\nextends: ${ext}\n`,
    );
  }
}

describe('extends depth', () => {
  it('a 2,000-file chain: exit 1, unknown-baseline at extends, the chain shortened', () => {
    chain(2000);
    const r = runCli(['check', 'c0.yaml'], work);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(`c0.yaml
  6:10  错误  继承层级超过 8 层，没有继续查找：c0.yaml → c1.yaml → c2.yaml → … → c8.yaml。学校目录继承县区目录、县区目录继承市级目录，最多 2 层：请检查 extends 是否指向了正确的文件  unknown-baseline

✖ 已检查 1 个文件：1 个错误，0 个警告
`);
  });

  it('a chain within the limit resolves as far as the kinds allow', () => {
    const r = runCli(['check', 'c1997.yaml', '--lang', 'en'], work);
    expect(r.stdout).not.toContain('deeper than');
  });
});
