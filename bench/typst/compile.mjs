/**
 * `node bench/typst/compile.mjs FILE.typ OUT.pdf`: Typst (the typst-ts node compiler) makes a PDF/A-3b of FILE.typ
 * with only the fonts in the `fonts` folder beside it — the benchmark's peer, timed as a whole process.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: node bench/typst/compile.mjs FILE.typ OUT.pdf\n');
  process.exit(2);
}
const main = resolve(input);
const dir = dirname(main);
const compiler = NodeCompiler.create({ workspace: dir, fontArgs: [{ fontPaths: [join(dir, 'fonts')] }] });
// A fixed creation time, as the notice's 成文日期 fixes ours: two runs give the same bytes.
const pdf = compiler.pdf({ mainFilePath: main }, { pdfStandard: 'a-3b', creationTimestamp: 0 });
writeFileSync(output, pdf);
