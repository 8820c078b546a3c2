/** Golden outputs: the shipped examples' DOCX, PDF and HTML bytes change only together with RENDER_VERSION. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RENDER_VERSION } from '../../src/render/version.js';
// @ts-expect-error a plain .mjs script (it builds from lib/, which pretest compiles)
import { currentOutputs, GOLDEN_FILE } from '../../scripts/golden-outputs.mjs';

interface Golden {
  renderVersion: number;
  zlib: string;
  files: Record<string, string>;
}

const golden = JSON.parse(readFileSync(GOLDEN_FILE as string, 'utf8')) as Golden;
const sameZlib = golden.zlib === process.versions.zlib;
if (!sameZlib)
  console.warn(`skipping the golden output hashes: recorded with zlib ${golden.zlib}, this Node.js has zlib ${process.versions.zlib} (other compressed bytes)`);

const HOW = 'bump RENDER_VERSION in src/render/version.ts and regenerate with `npm run golden`';

describe('golden outputs of the shipped examples', () => {
  it('were recorded for the current render version', () => {
    expect(golden.renderVersion, `tests/render/golden/outputs.json is for render version ${golden.renderVersion}: regenerate with \`npm run golden\``).toBe(
      RENDER_VERSION,
    );
  });

  it.skipIf(!sameZlib)(
    'have the recorded bytes, or RENDER_VERSION was bumped',
    async () => {
      const now = (await currentOutputs()) as Golden;
      const changed = Object.keys({ ...golden.files, ...now.files })
        .filter((name) => golden.files[name] !== now.files[name])
        .sort();
      expect(changed, `output bytes changed without a render version bump (${changed.join(', ')}): ${HOW}`).toEqual([]);
    },
    120_000,
  );
});
