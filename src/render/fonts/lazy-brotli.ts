/**
 * fontkit imports the brotli decoder (~800 KB of JavaScript and a dictionary built at load) for WOFF2 fonts,
 * which the tool never reads: Node's module cache gets a stand-in that loads the real decoder on first call.
 */
import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Call before fontkit is first imported (bin/catalog.js does, before loading the CLI). A module that is in
 * `Module._cache` and marked loaded is what an ESM `import` of that CommonJS file receives, so fontkit's
 * default import is the stand-in; calling it drops the stand-in and decodes with the real brotli.
 * Harmless when brotli resolves elsewhere for fontkit (then the real one loads, as before).
 */
export function deferBrotli(): void {
  let path: string;
  try {
    path = require.resolve('brotli/decompress.js', { paths: [require.resolve('fontkit')] });
  } catch {
    return;
  }
  const cache = (Module as unknown as { _cache: Record<string, unknown> })._cache;
  if (path in cache) return;
  const ModuleClass = Module as unknown as new (id: string) => { filename: string; loaded: boolean; exports: unknown };
  const standIn = new ModuleClass(path);
  standIn.filename = path;
  standIn.loaded = true;
  standIn.exports = function decompress(...args: unknown[]): unknown {
    if (cache[path] === standIn) delete cache[path];
    return (require(path) as (...a: unknown[]) => unknown)(...args);
  };
  cache[path] = standIn;
}
