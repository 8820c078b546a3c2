/** The brotli stand-in (built lib/: run npx tsc -p tsconfig.build.json first): fontkit loads without brotli's decoder, which still decodes. */
import { spawnSync } from 'node:child_process';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const script = (body: string): string => `
import { deferBrotli } from './lib/render/fonts/lazy-brotli.js';
import Module from 'node:module';
deferBrotli();
await import('fontkit');
const loaded = () => Object.keys(Module._cache).filter((k) => k.includes('/brotli/dec/dictionary-data'));
${body}`;
const run = (body: string): string => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script(body)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
};

describe('deferBrotli', () => {
  it('fontkit loads without the dictionary of brotli, and its decoder works when called', () => {
    const packed = brotliCompressSync(Buffer.from('政务公开')).toString('base64');
    const out = run(`
      console.log(loaded().length);
      const { default: decompress } = await import('brotli/decompress.js');
      console.log(Buffer.from(decompress(Buffer.from('${packed}', 'base64'))).toString());
      console.log(loaded().length);`);
    expect(out.split('\n')).toEqual(['0', '政务公开', '1']);
  });
});
