/** Registration of `catalog init` and `catalog diff`: options and help here, the actions imported lazily. */
import type { Command } from 'commander';
import type { Lang } from '../model/index.js';
import { tr } from '../messages/authoring.js';
import { runApp, type SetCode } from './run.js';

export function registerAuthoringCommands(program: Command, lang: Lang, setCode: SetCode): void {
  program
    .command('init')
    .description(tr(lang, 'cmd.init'))
    .option('--kind <kind>', tr(lang, 'opt.kind'))
    .option('--region <region>', tr(lang, 'opt.region'))
    .option('--issuer <issuer>', tr(lang, 'opt.issuer'))
    .option('--id <id>', tr(lang, 'opt.id'))
    .option('--extends <baseline>', tr(lang, 'opt.extends'))
    .option('--title <title>', tr(lang, 'opt.title'))
    .option('--full', tr(lang, 'opt.full'))
    .option('-o, --out <file>', tr(lang, 'opt.initOut'))
    .option('--force', tr(lang, 'opt.force'))
    .option('--lang <lang>', tr(lang, 'opt.lang'), 'zh')
    .option('--debug', tr(lang, 'opt.debug'))
    .action(async (opts: Record<string, unknown>) => {
      const { init } = await import('../app/init.js');
      await runApp(setCode, (host) => init(opts, host));
    });
  program
    .command('diff')
    .description(tr(lang, 'cmd.diff'))
    .argument('<old>', tr(lang, 'arg.old'))
    .argument('<new>', tr(lang, 'arg.new'))
    .option('-f, --format <format>', tr(lang, 'opt.diffFormat'), 'text')
    .option('--baseline <file>', tr(lang, 'opt.baseline'))
    .option('-q, --quiet', tr(lang, 'opt.diffQuiet'))
    .option('--lang <lang>', tr(lang, 'opt.lang'), 'zh')
    .option('--debug', tr(lang, 'opt.debug'))
    .action(async (oldFile: string, newFile: string, opts: Record<string, unknown>) => {
      const { diff } = await import('../app/diff.js');
      await runApp(setCode, (host) => diff(oldFile, newFile, opts, host));
    });
}
