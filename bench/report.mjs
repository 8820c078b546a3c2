/** The readable table: one row per case with median, spread, CPU time, peak memory and ratios to the references. */

const secs = (v) => (v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3));
const spread = (s, f) => `${f(s.min)}–${f(s.max)}`;
const mb = (v) => v.toFixed(0);
const width = (s) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const padEnd = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s, n) => ' '.repeat(Math.max(0, n - width(s))) + s;

/** Header lines: the machine and how the figures were taken. */
export function formatHeader(meta) {
  return [
    `catalog bench — ${meta.cores} cores (${meta.cpu}), Node ${meta.node}, ${meta.platform}, ${meta.date}, commit ${meta.commit}`,
    `wall time, CPU time (user + system, all threads) and peak RSS per whole process: median (min–max) of ${meta.runs} runs after ${meta.warmup} warm-up` +
      ` (heavy cases: ${meta.heavyRuns} runs after ${meta.heavyWarmup}); seed ${meta.seed}; load average at start ${meta.loadavg}`,
    '',
  ].join('\n');
}

export function formatTable(cases, results) {
  const node = results['ref.node']?.wall?.median;
  const lo = results['ref.soffice']?.wall?.median;
  const typst = results['ref.typst']?.wall?.median;
  const head = ['case', 'wall s', '(min–max)', 'CPU s', 'RSS MB', '(min–max)', '÷ node', '÷ LibreOffice', '÷ Typst'];
  const rows = cases.map((c) => {
    const r = results[c.id];
    if (!r || r.skipped || r.failed) return [c.label, r?.failed ? 'FAILED' : 'skipped', r?.failed ?? r?.skipped ?? '', '', '', '', '', '', ''];
    const w = r.inner ?? r.wall; // a case that times a part of itself shows that part
    const ratioNode = node && c.id !== 'ref.node' ? `${(w.median / node).toFixed(1)}×` : '';
    const ratioLo = lo && c.id === 'build.34' ? `${(w.median / lo).toFixed(2)}×` : '';
    const ratioTypst = typst && c.id === 'build.notice' ? `${(w.median / typst).toFixed(2)}×` : '';
    const cpu = r.cpu ? secs(r.cpu.median) : '—';
    return [c.label, secs(w.median), spread(w, secs), cpu, r.rss ? mb(r.rss.median) : '—', r.rss ? spread(r.rss, mb) : '', ratioNode, ratioLo, ratioTypst];
  });
  const widths = head.map((h, i) => Math.max(width(h), ...rows.filter((r) => r[1] !== 'FAILED' && r[1] !== 'skipped').map((r) => width(r[i]))));
  const line = (r) => {
    if (r[1] === 'FAILED' || r[1] === 'skipped') return `${padEnd(r[0], widths[0])}  ${r[1]}: ${r[2]}`;
    return r.map((v, i) => (i === 0 ? padEnd(v, widths[i]) : padStart(v, widths[i]))).join('  ');
  };
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** verify's throughput on the mix, and its time and memory as multiples of a bare node start measured in turns with it. */
export function formatVerifyRate(results) {
  const v = results['verify.100'];
  const node = results['ref.node.verify'];
  if (!v?.wall || !node?.wall) return '';
  const cpu = v.cpu ? `, ${(100 / v.cpu.median).toFixed(1)} per CPU-second` : '';
  const rss = v.rss && node.rss ? `; peak RSS ${mb(v.rss.max)} MB = ${(v.rss.max / node.rss.max).toFixed(1)}× node's ${mb(node.rss.max)} MB` : '';
  return `verify (mix of 100): ${(100 / v.wall.median).toFixed(1)} filings/s${cpu}; wall ${(v.wall.median / node.wall.median).toFixed(0)}× a bare node start in turns (${secs(node.wall.median)} s)${rss}\n`;
}

export function formatBudgets(budgets) {
  const mark = { pass: '✔', fail: '✘', skip: '–' };
  const fmt = (b) => {
    if (b.status === 'skip') return 'not measured';
    const v =
      b.unit === 's' ? `${secs(b.value)} s` : b.unit === 'MB' ? `${mb(b.value)} MB` : b.unit === '/s' ? `${b.value.toFixed(1)}/s` : `${b.value.toFixed(2)}×`;
    const l = b.unit === 's' ? `${secs(b.limit)} s` : b.unit === 'MB' ? `${mb(b.limit)} MB` : b.unit === '/s' ? `${b.limit}/s` : `${b.limit}×`;
    return `${v} (limit ${l})`;
  };
  const w = Math.max(...budgets.map((b) => width(b.text)));
  return ['budgets', ...budgets.map((b) => `  ${mark[b.status]} ${padEnd(b.text, w)}  ${fmt(b)}`)].join('\n');
}
