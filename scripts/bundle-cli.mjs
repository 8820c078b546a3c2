// Build step (after tsc and bundle-yaml): the CLI's modules in lib/ and the packages they import, bundled by
// esbuild into one CommonJS file, lib/bundle/cli.cjs, which bin/catalog.js loads through a V8 code cache
// (lib/bundle/cli.cjs.cache, made here by a training build). Node then reads and resolves one file instead
// of ~250 and deserialises compiled functions instead of parsing and compiling them. Every module stays
// lazy: esbuild runs a dynamically imported module's top level (and its imports') only when it is imported,
// so `check` never runs pdfkit's or fontkit's. The worker threads (build's DOCX/HTML side, verify's pool) have
// bundles and caches of their own (below); pdf.js, exceljs and docx stay outside, loaded from node_modules.
// Without esbuild (a devDependency) nothing is made and bin/catalog.js loads lib/ as before.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lib = join(root, 'lib');
const outDir = join(lib, 'bundle');
const outfile = join(outDir, 'cli.cjs');
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.exit(0);
}
const require = createRequire(import.meta.url);

/** Loaded at run time from their own files: heavy, and used only by verify, import or the DOCX worker. */
const EXTERNAL = ['pdfjs-dist', 'exceljs', 'docx', 'ajv', 'ajv-i18n', 'brotli'];

// A bundled module's `import.meta.url` must still name its own file (fonts, templates, schemas, pdfkit's
// data are found relative to it): each is rewritten to an expression giving that file's URL from where
// the bundle is at run time — lib/ files relative to the bundle's folder, a package's files relative to
// the package's entry as `require.resolve` finds it (so a hoisted or nested node_modules works alike).
/**
 * Lines of packages replaced in the bundle (src/render/library-patches.ts lists them): the same result, by a
 * faster means. The build fails when a line is not there.
 */
const SOURCE_PATCHES = [
  {
    // pdfkit-md5-checksum: an embedded file's CheckSum by MD5 in JavaScript (~20 ms for a notice's attachments).
    file: /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/,
    from: 'const checksum = md5Hex(new Uint8Array(data));',
    to: "const checksum = __catalogCreateHash('md5').update(data).digest('hex');",
    imports: "import { createHash as __catalogCreateHash } from 'node:crypto';",
  },
  {
    // pdfkit-binary-string: every content-stream line and object pdfkit writes becomes bytes through this loop
    // (charCodeAt & 0xff per character, ~20 ms of a notice); Buffer's latin1 encoding keeps the same low byte.
    file: /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/,
    from: 'const fromBinaryString = str => {\n  const out = new Uint8Array(str.length);\n  for (let i = 0; i < str.length; i++) {\n    out[i] = str.charCodeAt(i) & 0xff;\n  }\n  return out;\n};',
    to: "const fromBinaryString = str => Buffer.from(str, 'latin1');",
    imports: '',
  },
  {
    // pdfkit-reference-write: a stream object (a page's content) collects the lines written to it as one string,
    // made bytes once when a binary chunk follows or the object is finalized, instead of one small array per
    // line (thousands a notice); the same bytes in the same order, Length and Filter set as before.
    file: /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/,
    from: "  write(chunk) {\n    if (!(chunk instanceof Uint8Array)) {\n      chunk = fromBinaryString(chunk + '\\n');\n    }\n    this.uncompressedLength += chunk.length;",
    to: [
      '  __catalogFlush() {',
      '    if (this.__catalogText !== undefined) {',
      '      this.buffer.push(fromBinaryString(this.__catalogText));',
      '      this.__catalogText = undefined;',
      '    }',
      '  }',
      '  write(chunk) {',
      '    if (!(chunk instanceof Uint8Array)) {',
      "      const text = chunk + '\\n';",
      '      this.__catalogText = this.__catalogText === undefined ? text : this.__catalogText + text;',
      '      this.uncompressedLength += text.length;',
      '      if (this.data.Length == null) {',
      '        this.data.Length = 0;',
      '      }',
      '      this.data.Length += text.length;',
      '      if (this.compress) {',
      "        this.data.Filter = 'FlateDecode';",
      '      }',
      '      return;',
      '    }',
      '    this.__catalogFlush();',
      '    this.uncompressedLength += chunk.length;',
    ].join('\n'),
    imports: '',
  },
  {
    // commander-child-process: commander requires child_process at load (net, dgram, streams … behind it) only to
    // spawn a stand-alone subcommand executable, which this CLI never has; loaded on the first spawn instead.
    file: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/,
    from: "const childProcess = require('node:child_process');",
    to: "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };",
    imports: '',
  },
  {
    // fontkit-shaper-tries: fontkit inflates three Unicode tries at load (Arabic joining, Indic and Universal
    // shaping categories) that only those shapers read, with .get(codePoint); inflated on the first get instead.
    file: /[\\/]node_modules[\\/]fontkit[\\/]dist[\\/]module\.mjs$/,
    pattern: /^const (\$[0-9a-f]+\$var\$trie) = (new \(0, \$52ZIf\$unicodetrie\)\(.*\));$/gm,
    count: 3,
    to: 'let $1$real;\nconst $1 = { get: (codePoint) => ($1$real ??= $2).get(codePoint) };',
    imports: '',
  },
  {
    // pdfkit-reference-write (continued): the collected lines go into the buffer before it is read.
    file: /[\\/]node_modules[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/,
    from: '  finalize() {\n    this.offset = this.document._offset;',
    to: '  finalize() {\n    this.__catalogFlush();\n    this.offset = this.document._offset;',
    imports: '',
  },
];
const schemaModule = join(lib, 'validate', 'schema.js');
const SCHEMAS_REQUIRE = "require('./schemas.compiled.cjs')";
const metaUrl = {
  name: 'import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(m?js|cjs)$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      if (args.path === schemaModule) {
        // The precompiled validators (198 KB of generated code) go into the bundle and its code cache too.
        if (!text.includes(SCHEMAS_REQUIRE)) throw new Error(`${args.path} no longer has ${SCHEMAS_REQUIRE}`);
        text = `import __catalogSchemas from './schemas.compiled.cjs';\n${text.replace(SCHEMAS_REQUIRE, '__catalogSchemas')}`;
      }
      for (const patch of SOURCE_PATCHES) {
        if (!patch.file.test(args.path)) continue;
        if (patch.pattern) {
          // A pattern must match exactly `count` times.
          const found = text.match(patch.pattern)?.length ?? 0;
          if (found !== patch.count) throw new Error(`${args.path}: ${patch.pattern} matched ${found} times, not ${patch.count}`);
          text = `${patch.imports}\n${text.replace(patch.pattern, patch.to)}`;
          continue;
        }
        if (!text.includes(patch.from)) throw new Error(`${args.path} no longer has ${patch.from}`);
        text = `${patch.imports}\n${text.replace(patch.from, patch.to)}`;
      }
      if (!text.includes('import.meta')) return { contents: text, loader: 'js' };
      let expr;
      const pkg = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(args.path)?.[1]?.replaceAll('\\', '/');
      if (pkg) {
        const entry = require.resolve(pkg, { paths: [lib] });
        const rel = relative(dirname(entry), args.path).split(sep).join('/');
        expr = `__catalogPackageFileUrl(${JSON.stringify(pkg)}, ${JSON.stringify(rel)})`;
      } else {
        const rel = relative(outDir, args.path).split(sep).join('/');
        expr = `__catalogLibFileUrl(${JSON.stringify(rel)})`;
      }
      return { contents: text.replaceAll('import.meta.url', expr), loader: 'js' };
    });
  },
};

// Packages whose top level does work at load that a run seldom needs: pdfkit's AES (its tables built at
// load, for encrypted PDFs only), pdfkit's line breaker and the Unicode properties fontkit's shaping asks
// (each inflates a Unicode trie at load). Their importers get a stand-in that loads the package on first
// use (a call, or `new`), so a run that never uses them never runs their top level; one copy either way.
const LAZY = ['@noble/ciphers/aes', 'linebreak', 'unicode-properties'];
const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    const filter = new RegExp(`^(${LAZY.map((n) => n.replace(/[/.]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => (args.namespace === 'catalog-lazy' ? undefined : { path: args.path, namespace: 'catalog-lazy' }));
    build.onLoad({ filter: /.*/, namespace: 'catalog-lazy' }, async (args) => {
      // The module an ES import of the package gets (its exports are what the stand-in forwards to).
      const file = fileURLToPath(import.meta.resolve(args.path));
      const real = await import(file);
      const lines = ['let loaded;', `const real = () => (loaded ??= require(${JSON.stringify(file)}));`];
      for (const [name, value] of Object.entries(real)) {
        const target = `real()[${JSON.stringify(name)}]`;
        const exported = name === 'default' ? 'default' : name;
        if (typeof value === 'function') {
          // A constructor (new LineBreaker(text)) or a function: the real one is called the same way.
          const body = `return new.target ? new (${target})(...args) : ${target}.apply(this, args);`;
          lines.push(name === 'default' ? `export default function (...args) { ${body} }` : `export function ${name}(...args) { ${body} }`);
        } else {
          const proxy = `new Proxy({}, { get: (_, key) => ${target}[key] })`;
          lines.push(exported === 'default' ? `export default ${proxy};` : `export const ${name} = ${proxy};`);
        }
      }
      return { contents: lines.join('\n'), loader: 'js', resolveDir: lib };
    });
  },
};

/** The CommonJS wrapper of a bundle (bin/load-cached.cjs has the same two strings). */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_END = '\n})';

/** One bundle: esbuild, then ASCII only (see below). */
async function bundle(contents, file, external) {
  await esbuild.build({
    stdin: { contents, resolveDir: lib, sourcefile: 'entry.js', loader: 'js' },
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: external.flatMap((name) => [name, `${name}/*`]),
    plugins: [lazyPackages, metaUrl],
    logLevel: 'warning',
    legalComments: 'eof',
    // Whitespace only (names and syntax as they are): 3.2 → 2.3 MB of source to read into a string at each start.
    minifyWhitespace: true,
    banner: {
      js: [
        '// Bundled by scripts/bundle-cli.mjs from lib/ and the packages it imports.',
        "const __catalogPath = require('node:path');",
        "const __catalogUrl = require('node:url');",
        'const __catalogLibFileUrl = (rel) => __catalogUrl.pathToFileURL(__catalogPath.join(__dirname, rel)).href;',
        'const __catalogPackageFileUrl = (pkg, rel) => __catalogUrl.pathToFileURL(__catalogPath.join(__catalogPath.dirname(require.resolve(pkg)), rel)).href;',
        // An import() of a package outside the bundle, by the loader's own import() (see below).
        'const __catalogImport = module.catalogImport ?? ((specifier) => import(specifier));',
      ].join('\n'),
    },
  });
  // Only ASCII in the bundle: esbuild leaves the Chinese of regular expressions as it is, and one such
  // character makes Node decode the whole file into a two-byte string (about twice the time to read it).
  // Each UTF-16 unit becomes its \u escape, the same character in a string, template, regular expression
  // (with or without the u flag) or comment; after a backslash it would not be, so that stops the build.
  // An import() left in code that V8 compiled from a code cache fails on Node 20 ("A dynamic import callback
  // was not specified"): each import() of a package outside the bundle goes through __catalogImport, which
  // bin/load-cached.cjs passes in (an import() of its own module, compiled by Node as usual).
  const bundled = readFileSync(file, 'utf8').replace(/\bimport\((?=["'])/g, '__catalogImport(');
  if (/\bimport\(/.test(bundled.replace(/\(\(specifier\) => import\(specifier\)\)/, ''))) throw new Error(`${file}: an import() of a computed name`);
  const escaped = bundled.replace(/[^\x00-\x7f]/g, (c, at) => {
    if (bundled[at - 1] === '\\') throw new Error(`${file}: an escaped non-ASCII character at ${at}`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  // Written inside the CommonJS wrapper bin/load-cached.cjs compiles it in: the loader then compiles the file's
  // text as read, where wrapping it at run time made a 3 MB concatenation that V8 copied flat again to compile.
  writeFileSync(file, `${WRAPPER_START}${escaped}${WRAPPER_END}`);
}

await bundle("export { main } from './cli/main.js';\nexport { deferBrotli } from './render/fonts/lazy-brotli.js';\n", outfile, EXTERNAL);

// The DOCX/HTML worker of a build (lib/build/side-worker.js) as its own bundle, docx included, started by
// lib/bundle/side-worker-start.cjs (written here), which compiles it with its code cache by bin/load-cached.cjs
// as bin/catalog.js does the CLI; src/build/side-thread.ts starts that when it is not older than lib/build/side-worker.js.
const sideWorker = join(outDir, 'side-worker.cjs');
await bundle(
  "import './build/side-worker.js';\n",
  sideWorker,
  EXTERNAL.filter((name) => name !== 'docx'),
);
/** A worker's start file: runs `bundle` with its code cache (`kind`), made before the training run's first reply. */
const workerStart = (bundleName, kind) => `// Written by scripts/bundle-cli.mjs: runs ${bundleName} with the code cache made by the build's training run.
'use strict';
const { join } = require('node:path');
const { loadCached } = require(join(__dirname, '..', '..', 'bin', 'load-cached.cjs'));
const file = join(__dirname, '${bundleName}');
const cacheOut = process.env.CATALOG_CODE_CACHE_OUT && \`\${file}.${kind}.cache\`;
loadCached(file, cacheOut ? undefined : \`\${file}.${kind}.cache\`, (writeCache) => {
  if (!cacheOut) return;
  // The training run: the cache is written just before the first reply goes back (terminate() runs no exit
  // handler, and the main thread may terminate this worker as soon as the reply arrives: written after it,
  // the cache was sometimes never written).
  const port = require('node:worker_threads').parentPort;
  const post = port.postMessage;
  port.postMessage = function (...args) {
    port.postMessage = post;
    writeCache(cacheOut);
    return post.apply(this, args);
  };
});
`;
writeFileSync(join(outDir, 'side-worker-start.cjs'), workerStart('side-worker.cjs', 'build'));

// verify's worker (lib/filing/worker.js: the rebuild, pdf.js outside) likewise, started by
// lib/bundle/verify-worker-start.cjs with the cache of a training verify of the training build's filing.
await bundle("import './filing/worker.js';\n", join(outDir, 'verify-worker.cjs'), EXTERNAL);
writeFileSync(join(outDir, 'verify-worker-start.cjs'), workerStart('verify-worker.cjs', 'verify'));

// The code caches: a training run of a build (both documents, every output), of a check and of a verify (of
// the build's filing), each through the bundle; bin/catalog.js writes what V8 compiled to the file named by
// CATALOG_CODE_CACHE_OUT at exit, and reads lib/bundle/cli.cjs.build.cache for build, cli.cjs.verify.cache
// for verify, cli.cjs.check.cache for the other commands.
// V8 checks a cache against its version, flags and the source, and compiles from source when it does not fit.
const work = mkdtempSync(join(tmpdir(), 'catalog-train-'));
const weihui = join(root, 'catalogues', 'weihui.yaml');
try {
  for (const [kind, args] of [
    ['build', ['build', weihui, '-o', work, '-q']],
    ['check', ['check', weihui, '-q']],
    // The main thread writes cli.cjs.verify.cache, the worker lib/bundle/verify-worker.cjs.verify.cache.
    ['verify', ['verify', join(work, 'weihui.filing.pdf')]],
  ]) {
    const cacheFile = `${outfile}.${kind}.cache`;
    rmSync(cacheFile, { force: true });
    if (kind === 'verify') rmSync(join(outDir, 'verify-worker.cjs.verify.cache'), { force: true });
    execFileSync(process.execPath, [join(root, 'bin', 'catalog.js'), ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CATALOG_CODE_CACHE_OUT: cacheFile },
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
