/** Hostile sources too big to commit: each generator writes its file into a scratch folder. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The header of a county catalogue that extends the shipped baseline (found from any folder). */
export const HEADER = [
  'id: demo',
  'kind: county',
  'region: 示例县',
  'title: 示例县义务教育领域基层政务公开标准目录',
  'issuer: 示例县教育局',
  'extends: xinxiang@2020',
  '',
].join('\n');

/** A complete new item (all nine elements) with the given id and name, as block YAML. */
export function newItem(id: string, name: string, note?: string): string {
  return [
    `      - id: ${id}`,
    `        name: ${name}`,
    '        content: [内容]',
    '        basis: [《中华人民共和国政府信息公开条例》]',
    '        timeLimit: 信息形成或者变更之日起20个工作日内',
    '        subject: 示例县教育局',
    '        channel: [政府网站]',
    '        audience: 全社会',
    '        method: 主动',
    '        level: 县级',
    ...(note === undefined ? [] : [`        note: ${note}`]),
    '',
  ].join('\n');
}

const ITEMS = 'categories:\n  - id: demo.extra\n    name: 增补事项\n    items:\n';

/** Bytes of a UTF-8 string. */
const size = (s: string): number => Buffer.byteLength(s);

/** Text generators, by file name. */
export const GENERATORS: Readonly<Record<string, () => string>> = {
  /** 10 MB of comment lines after a valid header. */
  'ten-mb.yaml': () => {
    const line = `# ${'填充文字'.repeat(20)}\n`;
    return HEADER + line.repeat(Math.ceil((10 * 1024 * 1024) / size(line)));
  },
  /** Just under the parse limit: ~1.9 MB of real items, which must still be checked. */
  'near-limit.yaml': () => {
    const parts = [HEADER, ITEMS];
    let total = size(HEADER + ITEMS);
    for (let i = 0; total < 1.9 * 1024 * 1024; i++) {
      const item = newItem(`demo.item-${i}`, `增补事项${i}`);
      parts.push(item);
      total += size(item);
    }
    return parts.join('');
  },
  'flow-seq-deep.yaml': () => `${HEADER}note: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
  'flow-map-deep.yaml': () => `${HEADER}note: ${'{a: '.repeat(10_000)}x${'}'.repeat(10_000)}\n`,
  /** Block sequences nest without indentation ("- - - x"): 10,000 levels in 20 KB. */
  'block-seq-deep.yaml': () => `${HEADER}note:\n  ${'- '.repeat(10_000)}x\n`,
  /** Block mappings need one more space a level: 1,500 levels make 1.1 MB. */
  'block-map-deep.yaml': () => {
    const lines = Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}k${i}:`);
    return `${HEADER}note:\n${lines.map((l) => ` ${l}`).join('\n')} x\n`;
  },
  /** The whole file one 1 MB double-quoted string. */
  'one-string.yaml': () => `"${'一段很长的文字'.repeat(Math.ceil((1024 * 1024) / size('一段很长的文字')))}"\n`,
  /** A 1 MB string in a valid place: an item's note. */
  'one-mb-note.yaml': () => HEADER + ITEMS + newItem('demo.note', '长备注事项', `"${'x'.repeat(1024 * 1024)}"`),
  /** An item name of 100,000 characters. */
  'long-name.yaml': () => HEADER + ITEMS + newItem('demo.long', '长'.repeat(100_000)),
};

/** Write every generated source into `dir`. */
export function writeGenerated(dir: string): void {
  for (const [name, make] of Object.entries(GENERATORS)) writeFileSync(join(dir, name), make());
}
