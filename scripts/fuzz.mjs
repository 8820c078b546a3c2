/**
 * `npm run fuzz [-- --iterations N] [--seed S] [--timeout MS]`: the long fuzz run against the built lib/.
 * Mutates every catalogue under catalogues/ with tests/robustness/fuzz.ts (transpiled on the fly), checks each
 * mutation in a worker thread, and saves every input that throws, reports a bad diagnostic or hangs to /tmp.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * tests/robustness/fuzz.ts (and the fuzz-data.ts it imports) as ES modules, transpiled under node_modules/
 * so that their import of 'yaml' resolves as it does for the sources.
 */
async function loadMutator() {
  const { default: ts } = await import('typescript');
  const dir = join(ROOT, 'node_modules', '.cache', `catalog-fuzz-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  for (const name of ['fuzz', 'fuzz-data']) {
    const source = readFileSync(join(ROOT, 'tests', 'robustness', `${name}.ts`), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    writeFileSync(join(dir, `${name}.js`), outputText);
  }
  try {
    return await import(pathToFileURL(join(dir, 'fuzz.js')).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function catalogueFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return catalogueFiles(path);
      return name.endsWith('.yaml') ? [path] : [];
    });
}

/** The worker: check what it is sent, answer with the diagnostics or the error. */
async function serve() {
  const { checkSource } = await import(pathToFileURL(join(ROOT, 'lib', 'check', 'check.js')).href);
  const { fsHost } = await import(pathToFileURL(join(ROOT, 'lib', 'app', 'host.js')).href);
  const host = fsHost(ROOT);
  parentPort.on('message', ({ file, bytes, lang }) => {
    try {
      const { result } = checkSource(file, bytes, host, { lang });
      parentPort.postMessage({
        diagnostics: result.diagnostics.map(({ rule, severity, message, line, column }) => ({ rule, severity, message, line, column })),
      });
    } catch (e) {
      parentPort.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
}

/** Checks inputs one at a time in a worker; a worker that does not answer in time is ended and replaced. */
class Checker {
  constructor(timeout) {
    this.timeout = timeout;
    this.worker = undefined;
  }

  check(message) {
    this.worker ??= new Worker(fileURLToPath(import.meta.url));
    const worker = this.worker;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        resolve({ error: `no answer within ${this.timeout} ms (a hang)` });
      }, this.timeout);
      worker.once('message', (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      worker.postMessage(message);
    });
  }

  close() {
    return this.worker?.terminate();
  }
}

async function run() {
  if (!existsSync(join(ROOT, 'lib', 'check', 'check.js'))) {
    console.error('fuzz: lib/ is not built; run npm run build first');
    return 2;
  }
  const { values } = parseArgs({
    options: { iterations: { type: 'string', default: '20000' }, seed: { type: 'string' }, timeout: { type: 'string', default: '10000' } },
  });
  const iterations = Number(values.iterations);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  const { mutate, prng, problemsOf } = await loadMutator();
  const { CODES_BY_ID } = await import(pathToFileURL(join(ROOT, 'lib', 'validate', 'registry.js')).href);
  const known = new Set(CODES_BY_ID.keys());
  const files = catalogueFiles(join(ROOT, 'catalogues'));
  const sources = files.map((f) => readFileSync(f));
  const out = join(tmpdir(), `catalog-fuzz-${seed}`);
  const checker = new Checker(Number(values.timeout));
  const rnd = prng(seed);
  const rules = new Map();
  const failures = [];
  const started = Date.now();
  let slowest = 0;
  console.log(`fuzz: ${iterations} mutations of ${files.length} catalogues, seed ${seed}`);
  for (let i = 0; i < iterations; i++) {
    const k = i % files.length;
    const { ops, bytes } = mutate(sources[k], sources, rnd);
    const t0 = Date.now();
    const answer = await checker.check({ file: files[k], bytes, lang: i % 2 === 0 ? 'zh' : 'en' });
    slowest = Math.max(slowest, Date.now() - t0);
    const problems = answer.error ? [answer.error] : problemsOf(answer.diagnostics, known);
    for (const d of answer.diagnostics ?? []) rules.set(d.rule, (rules.get(d.rule) ?? 0) + 1);
    if (problems.length > 0) {
      mkdirSync(out, { recursive: true });
      const path = join(out, `iteration-${i}.yaml`);
      writeFileSync(path, bytes);
      writeFileSync(`${path}.txt`, `${files[k]}\n${ops.join(' + ')}\n\n${problems.join('\n')}\n`);
      failures.push(path);
      console.log(`  ✖ iteration ${i} (${ops.join(' + ')}): ${problems[0].split('\n')[0]} → ${path}`);
    }
    if ((i + 1) % 1000 === 0) console.log(`  … ${i + 1}/${iterations}`);
  }
  await checker.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n${iterations} inputs in ${seconds} s (slowest ${slowest} ms), ${failures.length} failing`);
  console.log(
    [...rules]
      .sort((a, b) => b[1] - a[1])
      .map(([rule, n]) => `  ${rule}: ${n}`)
      .join('\n'),
  );
  if (failures.length > 0) console.log(`failing inputs (with a .txt beside each): ${out}`);
  return failures.length === 0 ? 0 : 1;
}

if (isMainThread) process.exitCode = await run();
else await serve();
