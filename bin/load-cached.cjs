// Runs a CommonJS bundle (lib/bundle/*.cjs, made by scripts/bundle-cli.mjs) compiled with a V8 code cache:
// one file to read and no parsing or compiling of what the cache holds. V8 checks a cache against its version,
// flags and this source and compiles from source when it does not fit; the result is the same code either way.
// Used by bin/catalog.js (the CLI), lib/bundle/side-worker-start.cjs (a build's DOCX/HTML worker) and
// lib/bundle/verify-worker-start.cjs (verify's workers).
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script, constants } = require('node:vm');

/** The CommonJS wrapper scripts/bundle-cli.mjs writes each bundle in (the same two strings there). */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_END = '\n})';

/**
 * Compiles `file` with the code cache read from `cacheFile` (none, or an unreadable one: compiled from source),
 * calls `beforeRun(writeCache)` if given — `writeCache(path)` writes what V8 has compiled of the file so far (a
 * training run's cache) — then runs the file as a CommonJS module and returns its exports.
 */
function loadCached(file, cacheFile, beforeRun) {
  let cachedData;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // no cache: compiled from source
  }
  // Read as Latin-1: scripts/bundle-cli.mjs writes ASCII only (it escapes every other character), for which
  // Latin-1 and UTF-8 give the same string, and Latin-1 skips UTF-8's decoding of 3 MB (~9 ms a load). The
  // build writes each bundle inside its CommonJS wrapper, so the text read is compiled as it is (a wrapper
  // added here would make a concatenation that V8 copies into one flat string again before compiling).
  const text = readFileSync(file, 'latin1');
  const source = text.startsWith(WRAPPER_START) ? text : `${WRAPPER_START}${text}${WRAPPER_END}`;
  const script = new Script(source, {
    filename: file,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  beforeRun?.((path) => writeFileSync(path, script.createCachedData()));
  // The bundle's import() of a package outside it (pdf.js, exceljs) runs here: in code compiled from a code
  // cache, Node 20 fails an import() ("A dynamic import callback was not specified"). Resolved from this
  // folder, inside the same package as lib/, so the same node_modules answer.
  const module = { exports: {}, catalogImport: (specifier) => import(specifier) };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

module.exports = { loadCached };
