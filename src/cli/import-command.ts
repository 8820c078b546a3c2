/** Registration of `catalog import`: arguments and options here, the action imported lazily. */
import type { Command } from 'commander';
import { it } from '../import/texts.js';
import type { Lang } from '../model/index.js';
import { runApp, type SetCode } from './run.js';
import { addCommonOptions } from './options.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerImportCommand(program: Command, lang: Lang, setCode: SetCode): void {
  addCommonOptions(program.command('import').description(it(lang, 'cmd')).argument('<file>', it(lang, 'arg')), lang)
    .option('--extends <baseline>', it(lang, 'opt.extends'), 'xinxiang@2020')
    .option('-o, --out <file>', it(lang, 'opt.out'))
    .option('--id <id>', it(lang, 'opt.id'))
    .option('--region <region>', it(lang, 'opt.region'))
    .option('--map <row=id>', it(lang, 'opt.map'), collect)
    .option('--dry-run', it(lang, 'opt.dryRun'))
    .option('--force', lang === 'zh' ? '文件已存在时覆盖它' : 'overwrite the file if it exists')
    .action(async (file: string, opts: Record<string, unknown>) => {
      const { importTable } = await import('../app/import.js');
      await runApp(setCode, (host) => importTable(file, opts, host));
    });
}
