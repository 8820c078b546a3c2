/** Where the tool's own files (schemas, templates, shipped catalogues, docs) are, wherever it is installed. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: two folders above this module's (lib/util/paths.js or src/util/paths.ts). */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const schemaDir = join(packageRoot, 'schema');
export const templatesDir = join(packageRoot, 'templates');
export const shippedCataloguesDir = join(packageRoot, 'catalogues');
export const rulesDocsDir = join(packageRoot, 'docs', 'rules');

/** The tool's version, from its package.json. */
export function toolVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
