/** The formatter table: `--format NAME` → formatter. A new format is one file and one line here. */
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
};

export type { FormatContext, Formatter } from './types.js';
