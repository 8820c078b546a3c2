/** Command registration: arguments and options here; each action imports its app module lazily and prints what it returns. */
import type { Command } from 'commander';
import { t } from '../messages/cli.js';
import type { Lang } from '../model/index.js';
import { FORMAT_NAMES } from '../report/formats.js';
import { registerAuthoringCommands } from './authoring-commands.js';
import { registerFixCommand } from './fix-command.js';
import { registerImportCommand } from './import-command.js';
import { addCommonOptions } from './options.js';
import { runApp, type SetCode } from './run.js';
import { registerVerifyCommand } from './verify-command.js';

export function registerCommands(program: Command, lang: Lang, setCode: SetCode): void {
  addCommonOptions(program.command('check').description(t(lang, 'cmd.check')).argument('[files...]', t(lang, 'arg.files')), lang, FORMAT_NAMES).action(
    async (files: string[], opts: Record<string, unknown>) => {
      const { check } = await import('../app/check.js');
      await runApp(setCode, (host) => check(files, opts, host));
    },
  );
  addCommonOptions(program.command('build').description(t(lang, 'cmd.build')).argument('[files...]', t(lang, 'arg.files')), lang, FORMAT_NAMES)
    .option('-o, --out <dir>', t(lang, 'opt.out'), 'dist')
    .option('--only <parts>', t(lang, 'opt.only'))
    .option('--templates <dir>', t(lang, 'opt.templates'))
    .option('--profile <profile>', t(lang, 'opt.profile'), 'gbt9704')
    .option('--fonts <dir>', t(lang, 'opt.fonts'))
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const { build } = await import('../app/build.js');
      await runApp(setCode, (host) => build(files, opts, host));
    });
  registerVerifyCommand(program, lang, setCode);
  addCommonOptions(program.command('resolve').description(t(lang, 'cmd.resolve')).argument('<file>', t(lang, 'arg.file')), lang)
    .option('--json', t(lang, 'opt.json'))
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { resolve } = await import('../app/resolve.js');
      await runApp(setCode, (host) => resolve(file, opts, host));
    });
  registerAuthoringCommands(program, lang, setCode);
  registerImportCommand(program, lang, setCode);
  registerFixCommand(program, lang, setCode);
  program
    .command('explain')
    .description(t(lang, 'cmd.explain'))
    .argument('[rule]', t(lang, 'arg.rule'))
    .option('--lang <lang>', t(lang, 'opt.lang'), 'zh')
    .action(async (rule: string | undefined, opts: Record<string, unknown>) => {
      const { explain } = await import('../app/explain.js');
      await runApp(setCode, (host) => explain(rule, opts, host));
    });
}
