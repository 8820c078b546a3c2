/** The performance budgets of issues 8 and 18, evaluated on measured medians (memory: the highest run). */

const MB = 300;

/** Each budget: what it promises, the figure, the limit, and pass / fail / skip (a figure is missing). */
export function evaluateBudgets(results) {
  const wall = (id) => results[id]?.wall?.median;
  const rssMax = (id) => results[id]?.rss?.max;
  const out = [];
  const add = (id, text, value, limit, unit) => {
    const known = typeof value === 'number' && typeof limit === 'number';
    // A rate passes at or above its limit; times, ratios and memory below (a ratio or the warm notice also at it).
    const ok = unit === '/s' ? value >= limit : value < limit || ((unit === '×' || id === 'warm-notice') && value <= limit);
    out.push({ id, text, value: known ? value : null, limit: known ? limit : null, unit, status: known ? (ok ? 'pass' : 'fail') : 'skip' });
  };
  add('version-startup', 'catalog --version ≤ 1.5× bare node start-up', ratio(wall('version'), wall('ref.node')), 1.5, '×');
  add('check-county', 'check of one county < 0.3 s', wall('check.34'), 0.3, 's');
  add('build-county', 'build of one county (DOCX + PDF + HTML) < 1.5 s', wall('build.34'), 1.5, 's');
  add('build-vs-libreoffice', 'build of one county faster than LibreOffice DOCX→PDF', wall('build.34'), wall('ref.soffice'), 's');
  add('notice-vs-typst', 'notice PDF (weihui) ≤ 1.0× Typst making the same notice', ratio(wall('build.notice'), wall('ref.typst')), 1.0, '×');
  add('build-vs-node', 'build of one county (DOCX + PDF + HTML) ≤ 8× bare node start-up', ratio(wall('build.34'), wall('ref.node')), 8, '×');
  add('warm-notice', "a second county's notice PDF in the same process (library API) ≤ 0.1 s", results['warm.notice']?.inner?.median, 0.1, 's');
  add('verify-100', 'verify of 100 filings < 20 s', wall('verify.100'), 20, 's');
  add('verify-rate', 'verify of the realistic mix ≥ 20 filings/s (100 filings, --jobs default)', rate(100, wall('verify.100')), 20, '/s');
  add('import-docx', 'import of a 40-row DOCX table ≤ 1 s', wall('import.40'), 1, 's');
  add('check-linear', 'check: 1,000 items < 10× the time of 100', ratio(wall('check.1000'), wall('check.100')), 10, '×');
  add('build-linear', 'build: 1,000 items < 10× the time of 100', ratio(wall('build.1000'), wall('build.100')), 10, '×');
  add('verify-linear', 'verify: 100 filings < 10× the time of 10', ratio(wall('verify.100'), wall('verify.10')), 10, '×');
  // The budgeted build (one county) and every verify; the 200- and 1,000-item builds are shown, not budgeted.
  for (const id of ['build.34', ...Object.keys(results).filter((k) => k.startsWith('verify.'))]) {
    add(`memory-${id}`, `peak memory of ${id} < ${MB} MB`, rssMax(id), MB, 'MB');
  }
  return out;
}

function rate(n, seconds) {
  return typeof seconds === 'number' && seconds > 0 ? n / seconds : undefined;
}

function ratio(a, b) {
  return typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : undefined;
}
