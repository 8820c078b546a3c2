// Build step: bundle the yaml package into lib/vendor/yaml.js (which tsc wrote as a re-export of 'yaml'), so
// every command loads one module at start-up instead of resolving and compiling yaml's ~70 CommonJS files.
// Without esbuild (a devDependency) the re-export stays: slower to start, the same behaviour.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = join(root, 'lib', 'vendor', 'yaml.js');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.exit(0);
}
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('yaml/package.json'), 'utf8'));
const licence = readFileSync(join(require.resolve('yaml/package.json'), '..', 'LICENSE'), 'utf8')
  .trim()
  .split('\n');
await esbuild.build({
  entryPoints: [file],
  outfile: file,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: {
    js: [
      `// yaml@${pkg.version} (${pkg.homepage}) bundled by scripts/bundle-yaml.mjs. Its licence:`,
      ...licence.map((line) => `// ${line}`.trimEnd()),
      // yaml requires Node's built-in "process" by name; an ES module has no require of its own.
      "import { createRequire as __yamlRequire } from 'node:module';",
      'const require = __yamlRequire(import.meta.url);',
    ].join('\n'),
  },
});
