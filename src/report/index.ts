/** The formatter table: `--format NAME` → formatter. A new format is one file and one line here. */
import { escapeResult } from './escape.js';
import { formatGithub, formatGithubSummary as githubSummary } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

/** Every format but JSON (whose own escaping keeps the true name) shows control characters as escapes. */
const escaped = (f: Formatter): Formatter => (results, ctx) => f(results.map(escapeResult), ctx);

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: escaped(formatStylish),
  json: formatJson,
  sarif: escaped(formatSarif),
  github: escaped(formatGithub),
  gitlab: escaped(formatGitlab),
  junit: escaped(formatJunit),
};

/** The job summary, escaped like the annotations. */
export const formatGithubSummary: Formatter = escaped(githubSummary);
export type { FormatContext, Formatter } from './types.js';
