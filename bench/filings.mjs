/**
 * The realistic verify mix: filings of many distinct counties (each built once, cached by content), a share
 * re-saved by `qpdf --linearize` (bytes differ: painting compared) and a share sealed with @signpdf
 * (an incremental update after the bureau's bytes: the update analysed).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countyYaml } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Counties (区县) of 新乡 and beyond: each a distinct catalogue (region, 公开主体, its own additions). */
const COUNTIES = [
  '红旗区',
  '卫滨区',
  '凤泉区',
  '牧野区',
  '新乡县',
  '获嘉县',
  '原阳县',
  '延津县',
  '封丘县',
  '卫辉市',
  '辉县市',
  '长垣市',
  '平原示范区',
  '经开区',
  '高新区',
  '淇县',
  '浚县',
  '滑县',
  '内黄县',
  '汤阴县',
  '林州市',
  '安阳县',
  '修武县',
  '武陟县',
  '温县',
  '博爱县',
  '孟州市',
  '沁阳市',
  '中站区',
  '马村区',
  '山阳区',
  '解放区',
  '清丰县',
  '南乐县',
  '范县',
  '台前县',
  '濮阳县',
  '长葛市',
  '鄢陵县',
  '襄城县',
  '禹州市',
  '郏县',
  '宝丰县',
  '叶县',
  '鲁山县',
  '舞钢市',
  '汝州市',
  '新华区',
  '卫东区',
  '石龙区',
];

/**
 * The mix for `total` filings: `total / 2` distinct counties (34–57 items each), each filed twice: once as
 * built, once again as built, re-saved by qpdf or sealed (60 % as built, 20 % re-saved, 20 % sealed in
 * all). Files are named by county, so a folder lists a county's filings together, as an inbox sorted by
 * name does.
 */
export function mixPlan(total) {
  const plan = [];
  for (let i = 0; i < total; i++) {
    const c = Math.floor(i / 2);
    const kind = i % 2 === 0 ? 'built' : ['built', 'resaved', 'signed', 'resaved', 'signed'][c % 5];
    plan.push({ county: c, kind, name: `mix-${String(c + 1).padStart(3, '0')}-${String((i % 2) + 1)}-${kind}.pdf` });
  }
  return plan;
}

/** The region of county `c`. */
function countyName(c) {
  return COUNTIES[c % COUNTIES.length] + (c >= COUNTIES.length ? String(Math.floor(c / COUNTIES.length) + 1) : '');
}

/** The 成文日期 every generated county prints (bench/generate.mjs: `date: 2020-10-26`). */
const CLOSING_DATE = '2020年10月26日';

/** The catalogue of county `c`: its own region, id, size and seed. */
function countySource(c) {
  return countyYaml(34 + ((c * 7) % 24), 1000 + c, { county: countyName(c), id: `mix-${String(c + 1).padStart(3, '0')}` });
}

/** esbuild bundles the tests' sealing helper (tests/filing/sign.ts) for node, once per run. */
async function sealer(packageRoot) {
  // Beside the installed copy, whose node_modules resolve its imports.
  const out = join(packageRoot, 'bench-sign.mjs');
  if (!existsSync(out)) {
    const { buildSync } = await import('esbuild');
    buildSync({
      entryPoints: [join(ROOT, 'tests', 'filing', 'sign.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: out,
      logLevel: 'error',
    });
  }
  return import(out);
}

/** Build every county's filing once, cached under `root/mix-cache/` by the catalogue's content. */
function buildCounties(ctx, counties) {
  const cache = join(ctx.root, 'mix-cache');
  const src = join(ctx.root, 'catalogues');
  mkdirSync(cache, { recursive: true });
  const built = new Map();
  const todo = [];
  for (const c of counties) {
    const text = countySource(c);
    const key = createHash('sha256').update(text).digest('hex').slice(0, 16);
    const pdf = join(cache, `${key}.pdf`);
    built.set(c, pdf);
    if (existsSync(pdf)) continue;
    const file = join(src, `mix-${String(c + 1).padStart(3, '0')}.yaml`);
    writeFileSync(file, text);
    todo.push({ file, pdf, id: `mix-${String(c + 1).padStart(3, '0')}` });
  }
  if (todo.length > 0) {
    const out = join(ctx.root, 'out', 'mix-src');
    rmSync(out, { recursive: true, force: true });
    const r = ctx.runCatalog(['build', ...todo.map((t) => t.file), '--only', 'filing,pdf', '-o', out]);
    if (r.status !== 0) throw new Error(`building the county filings failed: ${String(r.stderr).trim().split('\n').pop()}`);
    const names = readdirSync(out);
    for (const t of todo) {
      const name = names.find((n) => n.startsWith(`${t.id}.`) && n.endsWith('.filing.pdf'));
      if (!name) throw new Error(`the build wrote no filing PDF for ${t.id}`);
      copyFileSync(join(out, name), t.pdf);
    }
  }
  return built;
}

/** A text item's box in user space, as src/filing/seal-cover.ts `box` takes it. */
function itemBox(item) {
  const [, , , , x = 0, y = 0] = item.transform ?? [];
  const h = item.height || Math.abs(item.transform?.[3] ?? 0);
  return [x, y - 0.25 * h, x + (item.width ?? 0), y + h];
}

/**
 * Where a county's filing has its 落款 (the 署名 line, `issuer`, right above the 成文日期 line, `date`), as verify
 * finds it (src/filing/seal-cover.ts `closingBlock`): its page and a 40 mm seal's /Rect centred on the block, as
 * GB/T 9704 7.3.5 stamps it. A seal may lie nowhere else (not over the table), and the 署名's length, so the
 * block, differs from county to county.
 */
async function closingSeal(bytes, issuer, date) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const lines = new Map();
      for (const item of (await page.getTextContent()).items) {
        if ((item.str ?? '').trim() === '') continue;
        const y = Math.round(item.transform[5] * 2) / 2;
        lines.set(y, [...(lines.get(y) ?? []), item]);
      }
      const text = (items) =>
        [...items]
          .sort((a, b) => a.transform[4] - b.transform[4])
          .map((i) => i.str)
          .join('')
          .replace(/\s/g, '');
      const found = [...lines.values()].filter((items) => text(items) === issuer || text(items) === date);
      if (!found.some((l) => text(l) === issuer) || !found.some((l) => text(l) === date)) continue;
      const [x0, y0, x1, y1] = found
        .flat()
        .map(itemBox)
        .reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
      const [cx, cy, half] = [(x0 + x1) / 2, (y0 + y1) / 2, 56.5];
      return { page: n, rect: `[${[cx - half, cy - half, cx + half, cy + half].map((v) => v.toFixed(1)).join(' ')}]` };
    }
  } finally {
    await doc.destroy();
  }
  throw new Error(`no 落款 (${issuer}, ${date}) in the filing`);
}

/** Write the mix of `total` filings into `dir`; returns a reason to skip, or undefined. */
export async function prepareMix(ctx, dir, total) {
  const plan = mixPlan(total);
  if (plan.every((p) => existsSync(join(dir, p.name)))) return undefined;
  if (spawnSync('qpdf', ['--version']).status !== 0) return 'qpdf not installed (the re-saved filings)';
  const built = buildCounties(ctx, [...new Set(plan.map((p) => p.county))]);
  const { sealFiling } = await sealer(ctx.packageRoot);
  mkdirSync(dir, { recursive: true });
  for (const p of plan) {
    const from = built.get(p.county);
    const to = join(dir, p.name);
    if (p.kind === 'built') copyFileSync(from, to);
    else if (p.kind === 'resaved') {
      const r = spawnSync('qpdf', ['--linearize', from, to]);
      if (r.status !== 0) return `qpdf --linearize failed: ${r.stderr}`;
    } else {
      const bytes = readFileSync(from);
      const seal = await closingSeal(bytes, `${countyName(p.county)}教育局`, CLOSING_DATE);
      writeFileSync(to, await sealFiling(bytes, `${p.county + 1}号县教育局`, seal.page, seal.rect));
    }
  }
  return undefined;
}

/** The mix's files for `total` filings, in `dir`. */
export function mixFiles(dir, total) {
  return mixPlan(total).map((p) => join(dir, p.name));
}
