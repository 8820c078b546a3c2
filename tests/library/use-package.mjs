// A program that uses the tool as a library, by its package name (self-reference through "exports"):
// check a catalogue from its text, build its filing PDF to bytes, verify those bytes, print what it saw as JSON.
import { readFileSync } from 'node:fs';
import { build, check, format, rules, verify, version } from '@xinxiang-edu/catalog';

const path = process.argv[2];
const text = readFileSync(path, 'utf8');
const checked = check(path, text, { lang: 'en' });
const broken = check('broken.yaml', 'id: x\nkind: county\n', { lang: 'en' });
const built = await build(path, text, { only: 'filing,pdf,html' });
const pdf = built.files.find((f) => f.name.endsWith('.filing.pdf'));
const verified = pdf ? await verify(pdf.name, pdf.bytes, { lang: 'en' }) : undefined;
const sarif = JSON.parse(format([broken], 'sarif'));
console.log(JSON.stringify({
  version, rules: rules.length, ok: checked.ok, catalogue: checked.catalogue, items: checked.counts?.items,
  brokenOk: broken.ok, brokenRules: broken.diagnostics.map((d) => d.rule),
  built: built.files.map((f) => [f.name, f.bytes.byteLength]),
  integrity: verified?.integrity, verifiedOk: verified?.ok, sarifVersion: sarif.version,
}));
