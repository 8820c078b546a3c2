/** The SARIF 2.1.0 JSON schema (draft-04) compiled once, with URI formats checked, for the SARIF tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fixturesDir } from '../helpers/check.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

const schema = JSON.parse(readFileSync(join(fixturesDir, 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// unicodeRegExp: false because the schema's `language` pattern has a stray `]` that unicode mode rejects.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv, ['uri', 'uri-reference', 'date-time']);

export const validateSarif = ajv.compile(schema);
