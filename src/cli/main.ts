/** The `catalog` program: commander set-up, one module per command, exit codes decided here. */
import type { Argument, Command, CommanderError, Help, Option } from 'commander';
import type { Lang } from '../model/index.js';
import { toolVersion } from '../util/paths.js';
import { HELP_TITLES_ZH, langFromArgv, t } from '../messages/cli.js';
import { UsageError } from '../app/host.js';
import { outputBefore } from '../app/output.js';
import { print, writeErr, writeOut } from './io.js';

type Commander = typeof import('commander');

/** Commander's help in Chinese: section titles and the "(default: …)" notes. */
function zhHelp(HelpClass: Commander['Help']): Partial<Help> {
  const plain = new HelpClass();
  const zhDefault = (s: string): string => s.replace(/\(default: (.*)\)$/, '（默认：$1）');
  return {
    styleTitle: (s: string): string => HELP_TITLES_ZH[s] ?? s,
    optionDescription: (o: Option): string => zhDefault(plain.optionDescription(o)),
    argumentDescription: (a: Argument): string => zhDefault(plain.argumentDescription(a)),
  };
}

async function buildProgram(Program: Commander['Command'], lang: Lang, setCode: (code: number) => void): Promise<Command> {
  const { registerCommands } = await import('./commands.js');
  const zh = lang === 'zh' ? zhHelp((await import('commander')).Help) : undefined;
  const program = new Program('catalog');
  program
    .description(t(lang, 'program'))
    .version(toolVersion(), '-V, --version', t(lang, 'opt.version'))
    .helpOption('-h, --help', t(lang, 'opt.help'))
    .helpCommand(false)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut, writeErr: () => {}, outputError: () => {} });
  if (zh) program.configureHelp(zh);
  registerCommands(program, lang, setCode);
  for (const cmd of program.commands) {
    cmd
      .exitOverride()
      .helpOption('-h, --help', t(lang, 'opt.help'))
      .configureOutput({ writeOut, writeErr: () => {}, outputError: () => {} });
    if (zh) cmd.configureHelp(zh);
  }
  return program;
}

/** Commander's usage errors in Chinese (the quoted names stay as commander found them). */
function commanderZh(e: CommanderError): string {
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? '';
  const zh: Partial<Record<string, string>> = {
    'commander.unknownCommand': `没有“${quoted}”这个命令`,
    'commander.unknownOption': `没有“${quoted}”这个选项`,
    'commander.missingArgument': `缺少参数“${quoted}”`,
    'commander.optionMissingArgument': `选项“${quoted}”需要一个值`,
    'commander.excessArguments': '参数太多',
  };
  const hint = /\(Did you mean ([^)?]+)\?\)/.exec(e.message)?.[1];
  return (zh[e.code] ?? e.message.replace(/^error: /, '')) + (hint ? `，是不是 ${hint}？` : '');
}

/** Run the CLI; returns the exit code: 0 clean, 1 findings, 2 usage error or internal failure. */
export async function main(argv: readonly string[]): Promise<number> {
  // Answered before commander and the command table load: editors and scripts ask for it on every start.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    writeOut(toolVersion());
    return 0;
  }
  const lang = langFromArgv(argv);
  let code = 0;
  const { Command, CommanderError } = await import('commander');
  const program = await buildProgram(Command, lang, (c) => {
    code = Math.max(code, c);
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    print(outputBefore(e));
    if (e instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(e.code)) return 0;
      writeErr(t(lang, 'err.usage', { detail: lang === 'zh' ? commanderZh(e) : e.message.replace(/^error: /, '') }));
      return 2;
    }
    if (e instanceof UsageError) {
      writeErr(e.message);
      return 2;
    }
    const err = e as Error;
    writeErr(argv.includes('--debug') ? String(err.stack ?? err) : t(lang, 'err.internal', { detail: err.message }));
    return 2;
  }
}
