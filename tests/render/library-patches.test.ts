/** The library internals the renderers patch: pinned versions installed, and each internal still of the expected shape. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Document, Packer, Paragraph } from 'docx';
import { create } from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadDefaultFonts } from '../../src/render/fonts/fonts.js';
import { LIBRARY_PATCHES, PINNED } from '../../src/render/library-patches.js';

const require = createRequire(import.meta.url);
const fonts = loadDefaultFonts().fonts;
type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ttf = (): Any => create(fonts.song.bytes) as unknown as Any;
const cff = (): Any => create(fonts.hei.bytes) as unknown as Any;

/** One probe per patch id: true when the internal is there with the shape the patch relies on. */
const PROBES: Record<string, () => void | Promise<void>> = {
  'pdfkit-add-info': () => {
    const pdf = new PDFDocument({ autoFirstPage: false }) as unknown as Any;
    expect(typeof pdf._addInfo).toBe('function');
    expect(pdf.info).toBeTypeOf('object');
  },
  'pdfkit-font-object': () => {
    const pdf = new PDFDocument({ autoFirstPage: false });
    pdf.registerFont('F', create(fonts.hei.bytes) as unknown as Buffer);
    pdf.addPage().font('F').text('公开');
    expect(((pdf as unknown as Any)._font as Any).font.postscriptName).toBe(fonts.hei.name);
  },
  'pdfkit-md5-checksum': () => {
    const source = readFileSync(require.resolve('pdfkit').replace(/pdfkit\.js$/, 'pdfkit.node.mjs'), 'utf8');
    expect(source.split('const checksum = md5Hex(new Uint8Array(data));')).toHaveLength(2);
  },
  'pdfkit-binary-string': () => {
    const source = readFileSync(require.resolve('pdfkit').replace(/pdfkit\.js$/, 'pdfkit.node.mjs'), 'utf8');
    expect(
      source.split(
        'const fromBinaryString = str => {\n  const out = new Uint8Array(str.length);\n  for (let i = 0; i < str.length; i++) {\n    out[i] = str.charCodeAt(i) & 0xff;\n  }\n  return out;\n};',
      ),
    ).toHaveLength(2);
    // the replacement gives the loop's byte for every UTF-16 unit (lone surrogates too)
    const units = String.fromCharCode(...Array.from({ length: 0x10000 }, (_, i) => i));
    const loop = new Uint8Array(units.length);
    for (let i = 0; i < units.length; i++) loop[i] = units.charCodeAt(i) & 0xff;
    expect(Buffer.from(units, 'latin1').equals(loop)).toBe(true);
  },
  'pdfkit-reference-write': () => {
    const source = readFileSync(require.resolve('pdfkit').replace(/pdfkit\.js$/, 'pdfkit.node.mjs'), 'utf8');
    expect(
      source.split(
        "  write(chunk) {\n    if (!(chunk instanceof Uint8Array)) {\n      chunk = fromBinaryString(chunk + '\\n');\n    }\n    this.uncompressedLength += chunk.length;",
      ),
    ).toHaveLength(2);
    expect(source.split('  finalize() {\n    this.offset = this.document._offset;')).toHaveLength(2);
  },
  'fontkit-shaper-tries': () => {
    const source = readFileSync(require.resolve('fontkit').replace(/[^/\\]+$/, 'module.mjs'), 'utf8');
    expect(source.match(/^const (\$[0-9a-f]+\$var\$trie) = (new \(0, \$52ZIf\$unicodetrie\)\(.*\));$/gm)).toHaveLength(3);
    // read only through .get
    expect(source.match(/\$var\$trie\b(?!\.get\(| = new)/g)).toBeNull();
  },
  'commander-child-process': () => {
    const source = readFileSync(require.resolve('commander').replace(/index\.js$/, 'lib/command.js'), 'utf8');
    expect(source.split("const childProcess = require('node:child_process');")).toHaveLength(2);
    expect(source.match(/childProcess\.(\w+)/g)?.every((use) => use === 'childProcess.spawn')).toBe(true);
  },
  'fontkit-tables-cache': () => {
    const font = ttf();
    expect(font._tables).toBeTypeOf('object');
    expect(font.stream.buffer).toBeInstanceOf(Uint8Array);
    expect(font.directory.tables.post).toMatchObject({ offset: expect.any(Number), length: expect.any(Number) });
    font._tables.post = { marker: 1 };
    expect(font.post).toEqual({ marker: 1 }); // the getter reads the cache first
  },
  'fontkit-base-glyph': () => {
    const font = ttf();
    expect(typeof font._getBaseGlyph).toBe('function');
    expect(Array.isArray(font.loca.offsets)).toBe(true);
    expect(font.getGlyph(10)).toBe(font._getBaseGlyph(10)); // getGlyph goes through it
  },
  'fontkit-layout': () => {
    expect(typeof ttf().layout).toBe('function');
  },
  'fontkit-cff-subset': () => {
    const subset = cff().createSubset();
    for (const name of ['subsetCharstrings', 'subsetSubrs', 'subsetFontdict', 'encode']) expect(typeof subset[name], name).toBe('function');
    expect(Array.isArray(subset.glyphs)).toBe(true);
    expect(subset.cff).toBeTypeOf('object');
    // the top DICT's charset is a lazy accessor that hideCharset can make non-enumerable for the copy encode() makes
    expect(Object.getOwnPropertyDescriptor(subset.cff.topDict, 'charset')).toMatchObject({ enumerable: true, configurable: true, get: expect.any(Function) });
    // encode() still calls both on the subset object itself
    const called: string[] = [];
    for (const name of ['subsetCharstrings', 'subsetSubrs', 'subsetFontdict']) {
      const own = subset[name].bind(subset);
      subset[name] = (...args: unknown[]) => {
        called.push(name);
        return own(...args);
      };
    }
    subset.includeGlyph(5);
    subset.encode();
    expect(called).toContain('subsetCharstrings');
    expect(called).toContain('subsetSubrs');
    expect(called).toContain('subsetFontdict');
    expect(typeof subset.cff.fdForGlyph).toBe('function');
    expect(Array.isArray(subset.cff.topDict.FDArray)).toBe(true);
  },
  'fontkit-ttf-subset': () => {
    const font = ttf();
    const subset = font.createSubset();
    expect(typeof subset._addGlyph).toBe('function');
    expect(typeof subset.includeGlyph).toBe('function');
    expect(subset.font).toBe(font);
    expect(font.directory.tables.glyf).toMatchObject({ offset: expect.any(Number) });
    expect(font.stream.buffer).toBeInstanceOf(Uint8Array);
    expect(font._variationProcessor).toBeFalsy();
    // encode() adds every glyph through _addGlyph on the subset object, into the arrays it reads back
    const added: number[] = [];
    const own = subset._addGlyph.bind(subset);
    subset._addGlyph = (gid: number) => {
      added.push(gid);
      const at = own(gid);
      expect(Array.isArray(subset.glyf) && Array.isArray(subset.loca.offsets) && Array.isArray(subset.hmtx.metrics)).toBe(true);
      expect(typeof subset.offset).toBe('number');
      return at;
    };
    subset.includeGlyph(10);
    subset.encode();
    expect(added).toEqual([0, 10]);
  },
  'fontkit-cff-table': () => {
    const table = cff()['CFF '];
    expect(Array.isArray(table.globalSubrIndex)).toBe(true);
    expect(table.globalSubrIndex[0]).toMatchObject({ offset: expect.any(Number), length: expect.any(Number) });
    expect(table.getCharString(5)).toBeInstanceOf(Uint8Array);
    expect(Array.isArray(table.privateDictForGlyph(5).Subrs)).toBe(true);
    expect(typeof table.stream.readBuffer).toBe('function');
  },
  'fontkit-brotli-import': () => {
    const fontkit = require.resolve('fontkit').replace(/main\.cjs$/, 'module.mjs');
    expect(readFileSync(fontkit, 'utf8')).toMatch(/^import \S+ from "brotli\/decompress\.js";$/m);
    // the stand-in's contract: an ESM import of a loaded CommonJS module in Module._cache gets its exports
    const path = require.resolve('brotli/decompress.js', { paths: [require.resolve('fontkit')] });
    expect(typeof require(path)).toBe('function');
  },
  'pdfjs-polyfills': async () => {
    // In a fresh module graph (vitest isolates each file): pdf.js's load replaces the natives, loadPdfJs puts them back.
    const push = Array.prototype.push;
    const parse = JSON.parse;
    const { loadPdfJs } = await import('../../src/filing/extract.js');
    await loadPdfJs();
    expect(Array.prototype.push).toBe(push);
    expect(JSON.parse).toBe(parse);
    expect(Function.prototype.toString.call(Array.prototype.push)).toContain('[native code]');
  },
  'docx-packer-compiler': () => {
    const compiler = (Packer as unknown as Any).compiler;
    expect(typeof compiler?.compile).toBe('function');
    const parts = compiler.compile(new Document({ sections: [{ children: [new Paragraph('公开')] }] }), undefined, []);
    expect(parts).toBeInstanceOf(Map);
    expect([...parts.keys()]).toContain('word/document.xml');
  },
};

const installed = (name: string): string => {
  const main = require.resolve(name);
  const root = main.slice(0, main.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}`.length);
  return (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string }).version;
};

describe('library patches', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  for (const [name, version] of Object.entries(PINNED)) {
    it(`${name}: package.json pins and node_modules holds ${version}, the version the patches were checked against`, () => {
      expect(manifest.dependencies[name], 'package.json').toBe(version);
      expect(installed(name), 'installed').toBe(version);
    });
  }

  it('every patch has a probe, and every probe a patch', () => {
    expect(Object.keys(PROBES).sort()).toEqual(LIBRARY_PATCHES.map((p) => p.id).sort());
  });

  for (const patch of LIBRARY_PATCHES) {
    it(`${patch.id}: ${patch.internal} (${patch.usedBy}) has the expected shape`, () => PROBES[patch.id]!());
  }
});
