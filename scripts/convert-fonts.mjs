// Run after `tsc` (npm prepare/build): converts the WOFF fonts the PDF embeds to TrueType once, into lib/fonts/,
// so a build does not inflate 10 MB of font data on every run. The converted bytes equal the in-memory ones.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const { woffToSfnt } = await import('../lib/render/fonts/woff.js');
const { convertedFontPath } = await import('../lib/render/fonts/fonts.js');

const WOFFS = ['@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff'];
for (const entry of WOFFS) {
  const out = convertedFontPath(entry.split('/').pop());
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, woffToSfnt(readFileSync(require.resolve(entry))));
  renameSync(tmp, out);
}
