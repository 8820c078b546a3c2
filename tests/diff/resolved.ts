/** The resolved catalogue of a file in the repository, checked from the repository root as the CLI would. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from '../../src/check/check.js';
import { fsHost } from '../../src/app/host.js';
import type { Catalogue } from '../../src/model/index.js';
import { repoRoot } from '../helpers/cli.js';

export function resolvedOf(rel: string): Catalogue {
  const abs = join(repoRoot, rel);
  const checked = checkSource(abs, readFileSync(abs), fsHost(repoRoot), { lang: 'zh' });
  if (!checked.resolved) throw new Error(`${rel} does not resolve`);
  return checked.resolved;
}
