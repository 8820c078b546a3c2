/** The formatter table: `--format NAME` → formatter. A new format is one file and one line here. */
import { escapeResult, locateOnFiling } from './escape.js';
import { formatGithub, formatGithubSummary as githubSummary } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatName } from './formats.js';
import type { Formatter } from './types.js';

/** Every format but JSON (whose own escaping keeps the true name) shows control characters as escapes. */
const escaped =
  (f: Formatter): Formatter =>
  (results, ctx) =>
    f(results.map(escapeResult), ctx);
/** CI formats point at files in the repository: an embedded source's place goes into the message. */
const ci = (f: Formatter): Formatter => escaped((results, ctx) => f(results.map(locateOnFiling), ctx));

export const FORMATTERS: Readonly<Record<string, Formatter>> & Readonly<Record<FormatName, Formatter>> = {
  stylish: escaped(formatStylish),
  json: formatJson,
  sarif: ci(formatSarif),
  github: ci(formatGithub),
  gitlab: ci(formatGitlab),
  junit: ci(formatJunit),
};

/** The job summary, escaped like the annotations. */
export const formatGithubSummary: Formatter = ci(githubSummary);
export { FORMAT_NAMES, type FormatName } from './formats.js';
export type { FormatContext, Formatter } from './types.js';
