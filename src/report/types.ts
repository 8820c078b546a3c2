/** What every formatter receives and returns: results in, one string out (pure). */
import type { FileResult, Lang } from '../model/index.js';

export interface FormatContext {
  readonly lang: Lang;
  readonly color: boolean;
  /** Show info findings (stylish); machine formats always carry them. */
  readonly verbose: boolean;
  /** Errors only. */
  readonly quiet: boolean;
  /** The command that produced the results (`check` or `verify`), for tools that name a run. */
  readonly command: string;
  /** The tool's version, for formats that name the tool (SARIF). */
  readonly toolVersion?: string;
  /** A rule's documentation page (Markdown) in `lang`; the CLI reads docs/rules/, formatters stay pure. */
  readonly ruleDoc?: (id: string) => string;
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  const all = results.flatMap((r) => r.diagnostics);
  return {
    files: results.length,
    errors: all.filter((d) => d.severity === 'error').length,
    warnings: all.filter((d) => d.severity === 'warning').length,
    infos: all.filter((d) => d.severity === 'info').length,
  };
}
