/**
 * Preloaded with `node --import`: at exit, writes "peakRSS(KB) userCPU(s) systemCPU(s)" of the whole process
 * (worker threads included) to $CATALOG_BENCH_RSS.
 */
import { writeFileSync } from 'node:fs';

const out = process.env.CATALOG_BENCH_RSS;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}\n`);
  });
}
