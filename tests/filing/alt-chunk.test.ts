/**
 * w:altChunk, red team round 8: a Word filing (the built table, untouched) that merges in another file where it stands.
 * Word and LibreOffice show the merged document's text — “招生计划”本年度暂不公开 under the table — while verify read
 * document.xml alone and passed. A merged Word document is now read in its place; another kind (HTML, RTF …) cannot
 * be read, so the file is not verified.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoRoot, tempDir } from './helpers.js';
import { builtWordFiling } from './verify-folder.js';

const dir = tempDir('altchunk-');
let built: Uint8Array<ArrayBufferLike>;
const NOTE = '说明：“招生计划”本年度暂不公开，待上级部署后另行公开。';

/** A one-paragraph Word document saying NOTE. */
function noteDocx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${NOTE}</w:t></w:r></w:p></w:body></w:document>`,
    ),
  });
}

/** The built filing with an altChunk of `name` (bytes `chunk`, content type `type`) after its last table. */
function withChunk(name: string, chunk: Uint8Array, type: string): Uint8Array<ArrayBufferLike> {
  const parts = unzipSync(built);
  const rels = strFromU8(parts['word/_rels/document.xml.rels'] as Uint8Array);
  parts['word/_rels/document.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${name}"/></Relationships>`,
    ),
  );
  const ext = name.split('.').pop() ?? '';
  const types = strFromU8(parts['[Content_Types].xml'] as Uint8Array);
  parts['[Content_Types].xml'] = strToU8(types.replace('</Types>', `<Default Extension="${ext}" ContentType="${type}"/></Types>`));
  parts[`word/${name}`] = new Uint8Array(chunk);
  const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
  const at = xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length;
  parts['word/document.xml'] = strToU8(`${xml.slice(0, at)}<w:altChunk r:id="rIdChunk"/>${xml.slice(at)}`);
  return zipSync(parts);
}

interface Filing {
  file: string;
  status?: string;
  integrity?: string;
  diagnostics: { rule: string; severity: string; message: string }[];
}
function verify(name: string, bytes: Uint8Array): Filing {
  mkdirSync(join(dir, name));
  writeFileSync(join(dir, name, 'weihui.filing.docx'), bytes);
  const r = runCli(['verify', name, '--format', 'json'], dir);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return (JSON.parse(r.stdout) as { files: Filing[] }).files[0] as Filing;
}

beforeAll(() => {
  const source = readFileSync(join(repoRoot, 'catalogues', 'weihui.yaml'), 'utf8').replace(/^extends: .*$/m, 'extends: xinxiang@2020');
  writeFileSync(join(dir, 'weihui.yaml'), source);
  built = builtWordFiling(dir, 'weihui.yaml');
}, 120_000);

describe('content merged in from another file (w:altChunk)', () => {
  it('a merged Word document is read where it stands: its 暂不公开 note is withdrawn-disclosure (red team)', () => {
    const f = verify('docx', withChunk('note.docx', noteDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'));
    expect(f.status).toBe('error');
    const found = f.diagnostics.filter((d) => d.rule === 'withdrawn-disclosure');
    expect(found.map((d) => d.severity)).toEqual(['error']);
    expect(found[0]?.message).toContain(NOTE);
  });
  it('a merged HTML file cannot be read: the filing is not verified, the reason named', () => {
    const html = strToU8(`<html><body><p>${NOTE}</p></body></html>`);
    const f = verify('html', withChunk('note.html', html, 'text/html'));
    expect(f.status).not.toBe('ok');
    expect(f.diagnostics.map((d) => d.rule)).toEqual(['unverified-file']);
    expect(f.diagnostics[0]?.message).toContain('altChunk：note.html');
  });
});
