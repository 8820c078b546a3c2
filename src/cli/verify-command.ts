/** Registration of `catalog verify`: arguments, options and help; the action is imported lazily. */
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import type { Lang } from '../model/index.js';
import { FORMAT_NAMES } from '../report/formats.js';
import { runApp, type SetCode } from './run.js';
import { addCommonOptions } from './options.js';
import { vt } from '../messages/verify.js';

export function registerVerifyCommand(program: Command, lang: Lang, setCode: SetCode): void {
  const cmd = program.command('verify').description(vt(lang, 'cmd')).argument('<filings...>', vt(lang, 'arg'));
  addCommonOptions(cmd, lang, FORMAT_NAMES);
  const baseline = cmd.options.find((o) => o.long === '--baseline');
  if (baseline) baseline.description = vt(lang, 'opt.baseline');
  cmd
    .option('-j, --jobs <n>', vt(lang, 'opt.jobs', { n: Math.max(1, availableParallelism() - 1) }))
    .option('--report <file>', vt(lang, 'opt.report'))
    .option('--expect <list>', vt(lang, 'opt.expect'))
    .option('--max-size <size>', vt(lang, 'opt.maxSize'))
    .option('--timeout <seconds>', vt(lang, 'opt.timeout'))
    .option('--fonts <dir>', vt(lang, 'opt.fonts'))
    .action(async (filings: string[], opts: Record<string, unknown>) => {
      const { verify } = await import('../app/verify.js');
      await runApp(setCode, (host) => verify(filings, opts, host));
    });
}
