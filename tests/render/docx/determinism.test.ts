/**
 * Same input, same bytes: two renders, a render on another day, and renders in other time zones (child
 * processes started with their own TZ, running the renderer transpiled from src/render/docx/).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { packageRoot } from '../../../src/util/paths.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { officialDocument } from './fixture.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const doc = officialDocument('catalogues/weihui.yaml', 'notice');
const opts = { profile: 'gbt9704', sourceSha256: doc.info.sourceSha256 } as const;

// Under node_modules so that the transpiled modules resolve 'docx' and 'fflate' like the sources do.
const work = join(packageRoot, 'node_modules', '.cache', `catalog-docx-tz-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Transpile the renderer (its model imports are type-only) and write a probe printing the SHA-256 of a render. */
function writeProbe(): string {
  // The DOCX painter and the typesetting module it imports (../typeset), side by side as in src/render.
  for (const dir of ['docx', 'typeset']) {
    mkdirSync(join(work, dir), { recursive: true });
    const src = join(packageRoot, 'src', 'render', dir);
    for (const file of readdirSync(src).filter((f) => f.endsWith('.ts'))) {
      const out = ts.transpileModule(readFileSync(join(src, file), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      writeFileSync(join(work, dir, file.replace(/\.ts$/, '.js')), out.outputText);
    }
  }
  writeFileSync(join(work, 'package.json'), '{"type":"module"}');
  writeFileSync(join(work, 'docx', 'doc.json'), JSON.stringify(doc));
  writeFileSync(
    join(work, 'docx', 'probe.js'),
    [
      "import { createHash } from 'node:crypto';",
      "import { readFileSync } from 'node:fs';",
      "import { renderDocx } from './index.js';",
      "const doc = JSON.parse(readFileSync(new URL('./doc.json', import.meta.url), 'utf8'));",
      `const bytes = await renderDocx(doc, ${JSON.stringify(opts)});`,
      "process.stdout.write(createHash('sha256').update(bytes).digest('hex'));",
    ].join('\n'),
  );
  return join(work, 'docx', 'probe.js');
}

describe('byte-identical DOCX', () => {
  it('renders the same bytes twice', async () => {
    const a = await renderDocx(doc, opts);
    const b = await renderDocx(doc, opts);
    expect(sha256(a)).toBe(sha256(b));
  });

  it('renders the same bytes on another day', async () => {
    const today = await renderDocx(doc, opts);
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2031-07-15T23:30:00Z') });
    try {
      expect(sha256(await renderDocx(doc, opts))).toBe(sha256(today));
    } finally {
      vi.useRealTimers();
    }
  });

  it('renders the same bytes in every time zone', async () => {
    const probe = writeProbe();
    const here = sha256(await renderDocx(doc, opts));
    for (const tz of ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      const r = spawnSync(process.execPath, [probe], { encoding: 'utf8', env: { ...process.env, TZ: tz }, timeout: 60_000 });
      expect(r.stderr, tz).toBe('');
      expect(r.stdout, tz).toBe(here);
    }
  });
});
