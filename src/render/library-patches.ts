/**
 * Every place the renderers lean on a library's internals (not its documented API), with the versions they
 * were written against. tests/render/library-patches.test.ts fails when an installed or pinned version is
 * not the one named here, and checks that each internal still has the shape the patch expects: after
 * upgrading pdfkit, fontkit, docx or pdfjs-dist, read each entry's user again, then change PINNED.
 */

/** The exact versions (package.json pins them) these patches were written and checked against. */
export const PINNED = { pdfkit: '0.20.2', fontkit: '2.0.4', docx: '9.15.2', 'pdfjs-dist': '4.9.155', commander: '14.0.3' } as const;

type PatchedLibrary = keyof typeof PINNED;

export interface LibraryPatch {
  /** Stable id, used by the test to find its probe. */
  readonly id: string;
  readonly library: PatchedLibrary;
  /** The internal touched, as in the library's source. */
  readonly internal: string;
  /** The file that relies on it. */
  readonly usedBy: string;
  /** What the patch does, and what happens when the internal is gone. */
  readonly why: string;
}

export const LIBRARY_PATCHES: readonly LibraryPatch[] = [
  {
    id: 'pdfkit-add-info',
    library: 'pdfkit',
    internal: 'PDFDocument#_addInfo (copies Info into the XMP packet)',
    usedBy: 'src/render/pdf/document.ts',
    why: 'wrapped so Title, Author … are XML-escaped in the XMP only; when missing, nothing is wrapped (a title with & makes the XMP ill-formed)',
  },
  {
    id: 'pdfkit-font-object',
    library: 'pdfkit',
    internal: 'PDFFontFactory.open takes an object with layout() as a parsed fontkit font',
    usedBy: 'src/render/pdf/document.ts',
    why: 'the fonts are parsed once per process and handed to registerFont; the typings list only bytes',
  },
  {
    id: 'fontkit-tables-cache',
    library: 'fontkit',
    internal: 'TTFFont#_tables (decoded tables by tag), #stream.buffer, #directory.tables',
    usedBy: 'src/render/pdf/post-header.ts',
    why: 'a `post` of its 32-byte header is put in the cache so the 30,000 glyph names are never decoded',
  },
  {
    id: 'fontkit-base-glyph',
    library: 'fontkit',
    internal: 'TTFFont#_getBaseGlyph(id, chars) and #loca.offsets',
    usedBy: 'src/render/fonts/sparse.ts',
    why: 'each glyph’s outline is read from the file when fontkit first makes its object (the glyf table is not read whole)',
  },
  {
    id: 'fontkit-layout',
    library: 'fontkit',
    internal: 'TTFFont#layout replaced on the font object',
    usedBy: 'src/render/pdf/plain-layout.ts',
    why: 'Chinese text takes glyphs from cmap and advances from hmtx instead of GSUB/GPOS shaping',
  },
  {
    id: 'fontkit-cff-subset',
    library: 'fontkit',
    internal:
      'TTFFont#createSubset → CFFSubset#subsetCharstrings, #subsetSubrs, #subsetFontdict, #glyphs, #cff; CFFFont#fdForGlyph, #topDict.FDArray; #topDict.charset a lazy accessor that CFFSubset#encode copies with Object.assign and replaces',
    usedBy: 'src/render/fonts/small-cff-subset.ts',
    why: 'CFF subsets keep only the subroutines their glyphs call; fontkit’s own subset when missing (larger, same pictures). The font’s charset is hidden from that copy (never decoded); decoded as before when it is not such an accessor',
  },
  {
    id: 'fontkit-ttf-subset',
    library: 'fontkit',
    internal:
      'TTFFont#createSubset → TTFSubset#_addGlyph(gid) called by #encode for each glyph, with #font, #glyf, #offset, #loca.offsets, #hmtx.metrics, #includeGlyph; TTFFont#loca.offsets, #stream.buffer, #directory.tables.glyf, #_variationProcessor',
    usedBy: 'src/render/fonts/quick-ttf-subset.ts',
    why: 'a glyph’s bytes are copied from glyf (composite ones with their components renumbered) instead of fontkit decoding every point first; fontkit’s own `_addGlyph` when missing (same bytes, slower)',
  },
  {
    id: 'fontkit-cff-table',
    library: 'fontkit',
    internal: 'CFFFont#stream, #globalSubrIndex, #topDict, #getCharString, #privateDictForGlyph',
    usedBy: 'src/render/fonts/cff-subrs.ts',
    why: 'the charstrings and subroutine INDEX entries are read to renumber the subroutines',
  },
  {
    id: 'fontkit-brotli-import',
    library: 'fontkit',
    internal: 'module.mjs imports the default export of brotli/decompress.js (CommonJS) at load',
    usedBy: 'src/render/fonts/lazy-brotli.ts (called by bin/catalog.js)',
    why: 'a stand-in in Node’s Module._cache loads the real decoder on first call; when fontkit stops importing it, nothing changes',
  },
  {
    id: 'pdfkit-md5-checksum',
    library: 'pdfkit',
    internal: 'pdfkit.node.mjs: `const checksum = md5Hex(new Uint8Array(data));` in PDFDocument#file (MD5 in JavaScript)',
    usedBy: 'scripts/bundle-cli.mjs (the CLI bundle only)',
    why: 'the bundle computes an embedded file’s CheckSum with node:crypto, the same digest (~20 ms a notice); the build fails when the line is gone',
  },
  {
    id: 'pdfkit-binary-string',
    library: 'pdfkit',
    internal: 'pdfkit.node.mjs: `fromBinaryString` (a string to bytes, `charCodeAt(i) & 0xff` in a JavaScript loop) for every line and object written',
    usedBy: 'scripts/bundle-cli.mjs (the bundles only)',
    why: 'the bundles make the bytes by Buffer’s latin1 encoding, which keeps the same low byte of each UTF-16 unit; the build fails when the function is gone',
  },
  {
    id: 'pdfkit-reference-write',
    library: 'pdfkit',
    internal: 'pdfkit.node.mjs: PDFReference#write (a string chunk made bytes one by one into #buffer) and #finalize (reads #buffer)',
    usedBy: 'scripts/bundle-cli.mjs (the bundles only)',
    why: 'the lines written to a stream object are kept as one string and made bytes once (before a binary chunk and in finalize): the same bytes, Length and Filter; the build fails when either text is gone',
  },
  {
    id: 'fontkit-shaper-tries',
    library: 'fontkit',
    internal:
      'dist/module.mjs: three `const $…$var$trie = new (0, $52ZIf$unicodetrie)(…)` at load (Arabic joining, Indic and Universal shaping categories), read only by `.get(codePoint)`',
    usedBy: 'scripts/bundle-cli.mjs (the bundles only)',
    why: 'each trie is inflated on its first get (never, for Chinese text); the build fails unless the pattern matches three times',
  },
  {
    id: 'commander-child-process',
    library: 'commander',
    internal:
      "lib/command.js: `const childProcess = require('node:child_process');` at load, used only as childProcess.spawn (stand-alone subcommand executables)",
    usedBy: 'scripts/bundle-cli.mjs (the CLI bundle only)',
    why: 'child_process (and net, dgram … behind it) is required on the first spawn, which this CLI never makes; the build fails when the line is gone',
  },
  {
    id: 'pdfjs-polyfills',
    library: 'pdfjs-dist',
    internal: 'legacy/build/pdf.mjs and pdf.worker.mjs replace Array.prototype.push and JSON.parse (core-js) at load',
    usedBy: 'src/filing/extract.ts',
    why: 'the natives are put back after both modules load (the JavaScript push made every push in verify slower, pdfkit’s too); if a version stops replacing them, nothing changes',
  },
  {
    id: 'docx-packer-compiler',
    library: 'docx',
    internal: 'Packer.compiler.compile(file, prettify, overrides) → Map of parts',
    usedBy: 'src/render/docx/index.ts',
    why: 'parts are zipped once with fixed dates; when missing, the packed file is re-zipped instead (same bytes)',
  },
];
