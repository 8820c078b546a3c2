/** Registration of `catalog fix`: arguments and options here, the action imported lazily. */
import type { Command } from 'commander';
import { fx } from '../authoring/fix-report.js';
import type { Lang } from '../model/index.js';
import { runApp, type SetCode } from './run.js';
import { addCommonOptions } from './options.js';

export function registerFixCommand(program: Command, lang: Lang, setCode: SetCode): void {
  addCommonOptions(program.command('fix').description(fx(lang, 'cmd')).argument('<files...>', fx(lang, 'arg')), lang)
    .option('--dry-run', fx(lang, 'opt.dryRun'))
    .option('--check', fx(lang, 'opt.check'))
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const { fix } = await import('../app/fix.js');
      await runApp(setCode, (host) => fix(files, opts, host));
    });
}
