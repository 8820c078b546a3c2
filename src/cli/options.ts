/** Options shared by the commands: how commander declares them (the app layer settles their values). */
import { Option, type Command } from 'commander';
import type { Lang } from '../model/index.js';
import { t } from '../messages/cli.js';

export function addCommonOptions(cmd: Command, lang: Lang, formats?: readonly string[]): Command {
  cmd.addOption(new Option('--lang <lang>', t(lang, 'opt.lang')).default('zh'));
  if (formats) cmd.addOption(new Option('-f, --format <format>', t(lang, 'opt.format', { formats: formats.join('|') })).default('stylish'));
  cmd.addOption(new Option('--baseline <file>', t(lang, 'opt.baseline')));
  cmd.addOption(new Option('-q, --quiet', t(lang, 'opt.quiet')));
  cmd.addOption(new Option('--verbose', t(lang, 'opt.verbose')));
  cmd.addOption(new Option('--strict', t(lang, 'opt.strict')));
  cmd.addOption(new Option('--debug', t(lang, 'opt.debug')));
  return cmd;
}
