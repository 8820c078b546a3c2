/**
 * Preloaded with `node --import`: appends every module the process loads (ESM imports through a resolve
 * hook, CommonJS requires through Module._load) to the file named by $CATALOG_LOADED_MODULES, one a line.
 */
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const out = process.env.CATALOG_LOADED_MODULES;

if (out) {
  // The hook runs on the loader thread; it appends synchronously so nothing is lost at exit.
  const hook = `
    import { appendFileSync } from 'node:fs';
    export async function resolve(specifier, context, next) {
      const r = await next(specifier, context);
      appendFileSync(${JSON.stringify(out)}, r.url + '\\n');
      return r;
    }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  const load = Module._load;
  Module._load = function recordingLoad(request, parent, isMain) {
    const loaded = load.apply(this, arguments);
    try {
      appendFileSync(out, `${Module._resolveFilename(request, parent, isMain)}\n`);
    } catch {
      // a built-in without a file name: nothing to record
    }
    return loaded;
  };
}
