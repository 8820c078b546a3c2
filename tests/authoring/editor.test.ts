import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemaValidator } from '../../src/validate/schema.js';
import { repoRoot } from '../helpers/cli.js';

/*
 * Editor support (docs/editor.md): the YAML extension finds the schema through each file's first-line
 * modeline or the workspace mapping in .vscode/settings.json, and shows the schema's Chinese titles.
 */

const MODELINE = /^# yaml-language-server: \$schema=(.+)$/;

/** Every *.yaml below a folder of the repository, relative to the repository, with `/`. */
function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) out.push(relative(repoRoot, p).split(sep).join('/'));
    }
  };
  walk(join(repoRoot, dir));
  return out.sort();
}

/** A glob as VS Code's YAML extension reads it: `**` any folders (or none), `*` within one folder. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/^\.\//, '')
    .split(/(\*\*\/|\*)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '*') return '[^/]*';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`);
}

const examples = yamlFiles('catalogues');

describe('editor support: where the schema comes from', () => {
  it('every example catalogue starts with a modeline naming a schema file that exists', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const file of examples) {
      const first = readFileSync(join(repoRoot, file), 'utf8').split('\n')[0] ?? '';
      const ref = MODELINE.exec(first)?.[1];
      expect(ref, `${file}: first line`).toBeDefined();
      const target = resolve(dirname(join(repoRoot, file)), ref ?? '');
      expect(existsSync(target), `${file} → ${ref}`).toBe(true);
      expect(target).toBe(join(repoRoot, 'schema', 'catalogue.schema.json'));
    }
  });

  it('every other YAML file with a modeline (test fixtures) names a schema that exists', () => {
    for (const file of yamlFiles('tests')) {
      const ref = MODELINE.exec(readFileSync(join(repoRoot, file), 'utf8').split('\n')[0] ?? '')?.[1];
      if (ref) expect(existsSync(resolve(dirname(join(repoRoot, file)), ref)), `${file} → ${ref}`).toBe(true);
    }
  });

  it('.vscode/settings.json maps the catalogue schema onto every example, and the schema path exists', () => {
    const settings = JSON.parse(readFileSync(join(repoRoot, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    const entries = Object.entries(settings['yaml.schemas']);
    expect(entries).toHaveLength(1);
    const [schema, globs] = entries[0] ?? ['', []];
    expect(existsSync(join(repoRoot, schema))).toBe(true);
    expect(resolve(repoRoot, schema)).toBe(join(repoRoot, 'schema', 'catalogue.schema.json'));
    for (const file of examples)
      expect(
        globs.some((g) => globToRegExp(g).test(file)),
        file,
      ).toBe(true);
    expect(globs.some((g) => globToRegExp(g).test('schema/catalogue.schema.json'))).toBe(false);
  });

  it('.vscode/extensions.json recommends the Red Hat YAML extension', () => {
    const ext = JSON.parse(readFileSync(join(repoRoot, '.vscode', 'extensions.json'), 'utf8')) as { recommendations: string[] };
    expect(ext.recommendations).toContain('redhat.vscode-yaml');
  });
});

describe('editor support: what the schema gives the editor', () => {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'schema', 'catalogue.schema.json'), 'utf8')) as {
    properties: Record<string, Record<string, unknown>>;
    definitions: Record<string, { properties?: Record<string, Record<string, unknown>> }>;
  };
  const CJK = /[\u4e00-\u9fff]/;

  it('every key has a Chinese title and description for hover help', () => {
    const keys = [
      ...Object.entries(schema.properties).map(([k, v]) => [k, v] as const),
      ...Object.entries(schema.definitions).flatMap(([d, def]) => Object.entries(def.properties ?? {}).map(([k, v]) => [`${d}.${k}`, v] as const)),
    ];
    expect(keys.length).toBeGreaterThan(30);
    for (const [key, s] of keys) {
      expect(String(s.title ?? ''), key).toMatch(CJK);
      expect(String(s.description ?? ''), key).toMatch(CJK);
    }
  });

  it('the values the editor completes are the ones docs/editor.md promises', () => {
    const text = JSON.stringify(schema);
    const doc = readFileSync(join(repoRoot, 'docs', 'editor.md'), 'utf8');
    for (const value of [
      '全社会',
      '特定群体',
      '主动',
      '依申请',
      '市级',
      '县级',
      '乡级',
      '校级',
      'municipal',
      'county',
      'school',
      '政府网站',
      '政务新媒体',
      '学校公告栏',
    ]) {
      expect(text, value).toContain(`"${value}"`);
      expect(doc, value).toContain(value);
    }
  });

  it('every example validates against the schema the editor uses', () => {
    const validate = schemaValidator('catalogue');
    for (const file of examples) expect(validate(parse(readFileSync(join(repoRoot, file), 'utf8'))), file).toBe(true);
  });

  it('docs/editor.md is in Chinese, then English', () => {
    const [zh = '', en = ''] = readFileSync(join(repoRoot, 'docs', 'editor.md'), 'utf8').split(/^<!-- en -->$/m);
    expect(zh).toContain('redhat.vscode-yaml');
    expect(zh).toContain('# yaml-language-server: $schema=');
    expect(zh).toContain('catalog check');
    expect(en).toContain('Red Hat');
    expect(en).toContain('yaml.schemas');
  });
});
