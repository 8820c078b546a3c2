/** Command registration: arguments and options here; each action imports its module lazily. */
import type { Command } from 'commander';
import type { Lang } from '../model/index.js';
import { t } from './i18n.js';
import { addCommonOptions } from './options.js';
import { registerAuthoringCommands } from '../authoring/commands.js';
import { registerVerifyCommand } from './verify-command.js';
import { registerImportCommand } from './import-command.js';
import { registerFixCommand } from './fix-command.js';

export const CHECK_FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const;

type SetCode = (code: number) => void;

export function registerCommands(program: Command, lang: Lang, setCode: SetCode): void {
  addCommonOptions(program.command('check').description(t(lang, 'cmd.check')).argument('[files...]', t(lang, 'arg.files')), lang, CHECK_FORMATS)
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const { runCheck } = await import('./check.js');
      setCode(runCheck(files, opts));
    });
  addCommonOptions(program.command('build').description(t(lang, 'cmd.build')).argument('[files...]', t(lang, 'arg.files')), lang, CHECK_FORMATS)
    .option('-o, --out <dir>', t(lang, 'opt.out'), 'dist')
    .option('--only <parts>', t(lang, 'opt.only'))
    .option('--templates <dir>', t(lang, 'opt.templates'))
    .option('--profile <profile>', t(lang, 'opt.profile'), 'gbt9704')
    .option('--fonts <dir>', t(lang, 'opt.fonts'))
    .action(async (files: string[], opts: Record<string, unknown>) => {
      const { runBuild } = await import('./build.js');
      setCode(await runBuild(files, opts));
    });
  registerVerifyCommand(program, lang, setCode);
  addCommonOptions(program.command('resolve').description(t(lang, 'cmd.resolve')).argument('<file>', t(lang, 'arg.file')), lang)
    .option('--json', t(lang, 'opt.json'))
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { runResolve } = await import('./resolve.js');
      setCode(runResolve(file, opts));
    });
  registerAuthoringCommands(program, lang, setCode);
  registerImportCommand(program, lang, setCode);
  registerFixCommand(program, lang, setCode);
  program.command('explain').description(t(lang, 'cmd.explain')).argument('[rule]', t(lang, 'arg.rule'))
    .option('--lang <lang>', t(lang, 'opt.lang'), 'zh')
    .action(async (rule: string | undefined, opts: Record<string, unknown>) => {
      const { runExplain } = await import('./explain.js');
      setCode(runExplain(rule, opts));
    });
}
