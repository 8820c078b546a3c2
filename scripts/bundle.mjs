// The offline bundle for offices without Node.js: a folder with a Node.js binary, the tool (app/) with its
// production node_modules, and a launcher; zipped for Windows by scripts/dist-win.mjs. Used by its tests too.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';

/** What the bundle's app/ carries from the project (the package's `files`, less what staff never need). */
export const APP_PARTS = ['package.json', 'bin', 'lib', 'schema', 'templates', 'catalogues', 'docs', 'README.md'];

/** The Windows launcher: `catalog …` in a prompt; double-clicked, it opens a prompt where `catalog` works. */
export const WINDOWS_LAUNCHER = [
  '@echo off',
  'rem catalog 政务公开标准目录工具：用同一文件夹中的 node.exe 运行 app\\bin\\catalog.js。',
  'setlocal',
  'set "HERE=%~dp0"',
  'if "%~1"=="" (',
  '  set "PATH=%HERE%;%PATH%"',
  '  "%HERE%node.exe" "%HERE%app\\bin\\catalog.js" --help',
  '  cmd /k',
  '  exit /b 0',
  ')',
  '"%HERE%node.exe" "%HERE%app\\bin\\catalog.js" %*',
  'exit /b %ERRORLEVEL%',
  '',
].join('\r\n');

/** The Linux/macOS launcher of the same layout. */
export const POSIX_LAUNCHER =
  '#!/bin/sh\n# catalog: runs app/bin/catalog.js with the node binary beside this script.\nhere="$(cd "$(dirname "$0")" && pwd)"\nexec "$here/node" "$here/app/bin/catalog.js" "$@"\n';

/** The files a bundle must have, per platform (node_modules checked separately: a fake stage has none). */
export function requiredFiles(platform) {
  const node = platform === 'win' ? 'node.exe' : 'node';
  const launcher = platform === 'win' ? 'catalog.cmd' : 'catalog';
  return [
    node,
    launcher,
    'README.txt',
    'app/package.json',
    'app/bin/catalog.js',
    'app/lib/cli/main.js',
    'app/lib/index.js',
    'app/lib/validate/schemas.compiled.cjs',
    'app/schema/catalogue.schema.json',
    'app/templates/portal.hbs',
    'app/catalogues/xinxiang/2020.yaml',
    'app/docs/rules/schema.md',
  ];
}

/** Problems with a staged folder's layout (empty when it is whole). */
export function layoutProblems(stage, platform, { modules = true } = {}) {
  const problems = requiredFiles(platform)
    .filter((f) => !existsSync(join(stage, f)))
    .map((f) => `missing ${f}`);
  if (modules) {
    const manifest = JSON.parse(readFileSync(join(stage, 'app', 'package.json'), 'utf8'));
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      if (!existsSync(join(stage, 'app', 'node_modules', ...dep.split('/'), 'package.json'))) problems.push(`missing dependency ${dep}`);
    }
    for (const dev of ['typescript', 'vitest', 'playwright-core']) {
      if (existsSync(join(stage, 'app', 'node_modules', dev))) problems.push(`dev dependency ${dev} shipped`);
    }
  }
  for (const junk of ['app/tests', 'app/bench', 'app/src']) if (existsSync(join(stage, junk))) problems.push(`${junk} shipped`);
  return problems;
}

/** The production packages of package-lock.json (not dev), as paths under node_modules. */
export function productionPackages(root) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  return Object.entries(lock.packages ?? {})
    .filter(([path, meta]) => path.startsWith('node_modules/') && !meta.dev && !meta.link)
    .map(([path]) => path);
}

/**
 * Fills app/node_modules. `copy`: the production packages from the project's own node_modules (quick, for
 * tests); `ci`: `npm ci --omit=dev` from package-lock.json (the release way); `none`: nothing (layout tests).
 */
function installModules(root, app, modules, platform) {
  if (modules === 'none') return;
  if (modules === 'ci') {
    copyFileSync(join(root, 'package-lock.json'), join(app, 'package-lock.json'));
    // --os/--cpu: the optional native packages (pdfjs-dist's @napi-rs/canvas) of the target, not of this machine.
    const target = platform === 'win' ? ['--os=win32', '--cpu=x64'] : [];
    execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', ...target], { cwd: app, stdio: 'inherit' });
    return;
  }
  const source = realpathSync(join(root, 'node_modules'));
  for (const path of productionPackages(root)) {
    const from = join(source, relative('node_modules', path));
    if (!existsSync(from)) continue; // an optional package for another platform
    cpSync(from, join(app, path), { recursive: true, dereference: true, filter: (src) => !src.slice(from.length).includes(`${sep}node_modules${sep}`) });
  }
}

/** Stage the bundle in `stage` (created): node binary, launcher, app/ from the built project, its modules. */
export function stageBundle({ root, stage, platform, nodeBinary, modules }) {
  const app = join(stage, 'app');
  mkdirSync(app, { recursive: true });
  if (!existsSync(join(root, 'lib', 'cli', 'main.js'))) throw new Error('lib/ is not built: run npm run build first');
  // Timestamps kept: bin/catalog.js uses lib/bundle/cli.cjs only when it is not older than lib/cli/main.js.
  for (const part of APP_PARTS) cpSync(join(root, part), join(app, part), { recursive: true, dereference: true, preserveTimestamps: true });
  const node = join(stage, platform === 'win' ? 'node.exe' : 'node');
  copyFileSync(nodeBinary, node);
  chmodSync(node, 0o755);
  const launcher = join(stage, platform === 'win' ? 'catalog.cmd' : 'catalog');
  writeFileSync(launcher, platform === 'win' ? WINDOWS_LAUNCHER : POSIX_LAUNCHER);
  chmodSync(launcher, 0o755);
  // ASCII name (old Windows unzippers garble UTF-8 names); a BOM so Notepad reads the Chinese as UTF-8.
  writeFileSync(join(stage, 'README.txt'), (platform === 'win' ? '\ufeff' : '') + readme(platform).replace(/\n/g, platform === 'win' ? '\r\n' : '\n'));
  installModules(root, app, modules, platform);
  return stage;
}

function readme(platform) {
  const cmd = platform === 'win' ? 'catalog.cmd' : './catalog';
  return (
    `义务教育领域基层政务公开标准目录工具（catalog）离线版\n\n不需要安装 Node.js。解压后：\n\n` +
    `1. ${platform === 'win' ? '双击 catalog.cmd，打开一个命令窗口（先显示帮助）；' : '在终端中进入本文件夹；'}\n` +
    `2. 输入命令，例如：\n   ${cmd} check 目录文件夹\n   ${cmd} build 目录文件.yaml -o 出文\n   ${cmd} verify 收文文件夹 --report 汇总表.html\n\n` +
    `示例目录在 app\\catalogues 下；完整说明见 app\\README.md。\n`
  );
}

/** Zip `stage` into `zipFile`, entries under `top/`, in name order with a fixed time (the same bytes each time). */
export async function zipStage(stage, zipFile, top) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(stage);
  mkdirSync(dirname(zipFile), { recursive: true });
  const out = createWriteStream(zipFile);
  const done = new Promise((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    out.write(chunk);
    if (final) out.end();
  });
  for (const path of files) {
    const entry = new ZipDeflate(`${top}/${relative(stage, path).split(sep).join('/')}`, { level: 6 });
    entry.mtime = new Date(1980, 0, 1);
    zip.add(entry);
    entry.push(readFileSync(path), true);
  }
  zip.end();
  await done;
  return files.length;
}
