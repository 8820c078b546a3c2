/** Sealing a filing as a county's 电子印章 software does: an incremental update with a /Sig field, a seal image, and a PKCS#7 signature. */
import forge from 'node-forge';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import { appendUpdate, pageAndCatalog, stream, withEntries } from './forge.js';

/** A self-signed certificate for `cn` in a PKCS#12 (passphrase "test"). */
export function testP12(cn: string): Buffer {
  const keys = forge.pki.rsa.generateKeyPair(1024);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01a2';
  cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2036-01-01T00:00:00Z');
  const attrs = [
    { shortName: 'CN', value: cn, valueTagClass: forge.asn1.Type.UTF8 as number },
    { shortName: 'C', value: 'CN' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], 'test', { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}

/** A red ring on white, 64×64 RGB: the seal's image. */
function sealImage(): Buffer {
  const size = 64;
  const px = Buffer.alloc(size * size * 3, 255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - 31.5, y - 31.5);
      if (r > 26 && r < 31) px.set([220, 20, 20], (y * size + x) * 3);
    }
  }
  return px;
}

/**
 * Where weihui's filing has its 落款: page 3, 署名 卫辉市教育局 and 成文日期 2020年10月26日 in
 * x 342.6–458.4, y 538.8–587.7 (centre 400.5, 563.3); a 40 mm seal centred on them, as GB/T 9704 7.3.5 stamps it.
 */
export const CLOSING_PAGE = 3;
export const CLOSING_SEAL = '[344 507 457 620]';

/**
 * The placeholder update: signature value, widget with its appearance (the seal image), the catalog's
 * /AcroForm and page `n`'s /Annots; `extra` adds entries to the widget (to forge one that does more).
 * By default the seal lies over weihui's 落款.
 */
export function addSignaturePlaceholder(
  bytes: Uint8Array,
  n = CLOSING_PAGE,
  extra: Record<string, string> = {},
  more: {
    appearance?: string;
    objects?: ReadonlyMap<number, string | Buffer>;
    /** How the update is written (by default a classic xref: forge.ts `appendUpdate`). */
    write?: (bytes: Uint8Array, objects: ReadonlyMap<number, string | Buffer>) => Uint8Array;
  } = {},
): Uint8Array {
  const { page, catalog, size } = pageAndCatalog(bytes, n);
  const [sig, widget, ap, img] = [size, size + 1, size + 2, size + 3];
  const contents = '0'.repeat(8192 * 2);
  const annots = page.dict.v.get('Annots');
  const list = Array.isArray(annots) ? annots.map((a) => (typeof a === 'object' && a && 't' in a && a.t === 'ref' ? `${a.n} ${a.g} R` : '')) : [];
  return (more.write ?? appendUpdate)(
    bytes,
    new Map<number, string | Buffer>([
      [
        sig,
        `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 /********** /********** /**********] /Contents <${contents}> /M (D:20261203100000+08'00') /Reason (seal) >>`,
      ],
      [
        widget,
        withEntries(
          { t: 'dict', v: new Map() },
          {
            Type: '/Annot',
            Subtype: '/Widget',
            FT: '/Sig',
            T: '(Seal1)',
            V: `${sig} 0 R`,
            F: '4',
            P: `${page.num} 0 R`,
            Rect: CLOSING_SEAL,
            AP: `<< /N ${ap} 0 R >>`,
            ...extra,
          },
        ),
      ],
      [
        ap,
        stream(
          `/Type /XObject /Subtype /Form /BBox [0 0 113 113] /Resources << /XObject << /Im1 ${img} 0 R >> >>`,
          more.appearance ?? 'q 113 0 0 113 0 0 cm /Im1 Do Q',
        ),
      ],
      [img, stream('/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceRGB /BitsPerComponent 8', sealImage())],
      [catalog.num, withEntries(catalog.dict, { AcroForm: `<< /Fields [${widget} 0 R] /SigFlags 3 >>` })],
      [page.num, withEntries(page.dict, { Annots: `[${[...list, `${widget} 0 R`].join(' ')}]` })],
      ...(more.objects ?? new Map()),
    ]),
  );
}

/**
 * Sign a filing with a seal on page `n` as `cn`; `rect` (`[x0 y0 x1 y1]`) places it, by default over
 * weihui's 落款 (another catalogue's 落款 lies elsewhere: its own 署名 is longer or shorter).
 */
export async function sealFiling(bytes: Uint8Array, cn: string, n = CLOSING_PAGE, rect = CLOSING_SEAL): Promise<Uint8Array> {
  return signPlaceholder(addSignaturePlaceholder(bytes, n, { Rect: rect }), cn);
}

/** Fill a placeholder's /ByteRange and /Contents with a real PKCS#7 signature as `cn`. */
export async function signPlaceholder(placeholder: Uint8Array, cn: string): Promise<Uint8Array> {
  const signer = new P12Signer(testP12(cn), { passphrase: 'test' });
  return new Uint8Array(await new SignPdf().sign(Buffer.from(placeholder), signer, new Date('2026-12-03T02:00:00Z')));
}
