/** Options shared by the commands, and their parsing into one settled object. */
import { Option, type Command } from 'commander';
import type { Lang } from '../model/index.js';
import { t } from './i18n.js';
import { UsageError } from './io.js';

export interface CommonOptions {
  readonly lang: Lang;
  readonly format: string;
  readonly baseline?: string;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly strict: boolean;
  readonly debug: boolean;
}

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

/** Validate what commander parsed; unknown values are usage errors (exit 2). */
export function settleOptions(raw: Record<string, unknown>, formats: readonly string[] = ['stylish']): CommonOptions {
  const lang = raw.lang === 'en' ? 'en' : 'zh';
  if (raw.lang !== undefined && raw.lang !== 'zh' && raw.lang !== 'en') throw new UsageError(t(lang, 'err.lang', { lang: String(raw.lang) }));
  const format = String(raw.format ?? 'stylish');
  if (!formats.includes(format)) throw new UsageError(t(lang, 'err.format', { format, formats: formats.join('、') }));
  return {
    lang,
    format,
    ...(typeof raw.baseline === 'string' ? { baseline: raw.baseline } : {}),
    quiet: raw.quiet === true,
    verbose: raw.verbose === true,
    strict: raw.strict === true,
    debug: raw.debug === true,
  };
}
