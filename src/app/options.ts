/** The options every command shares, settled from what the user typed; unknown values are usage errors (exit 2). */
import type { Lang } from '../model/index.js';
import { t } from '../messages/cli.js';
import { UsageError } from './host.js';

/** Options as the user gave them (commander's parse): names in camelCase, values unchecked. */
export type RawOptions = Readonly<Record<string, unknown>>;

export interface CommonOptions {
  readonly lang: Lang;
  readonly format: string;
  readonly baseline?: string;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly strict: boolean;
  readonly debug: boolean;
}

/** Validate what commander parsed; unknown values are usage errors (exit 2). */
export function settleOptions(raw: RawOptions, formats: readonly string[] = ['stylish']): CommonOptions {
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
