/** A PDF signature checked for real: its /ByteRange covers the revision but /Contents, and the CMS SignedData in /Contents signs those bytes (the certificate is not trusted or checked). */
import { createHash, createPublicKey, verify, X509Certificate, constants } from 'node:crypto';
import { children, hex, inner, type Tlv } from './signer.js';

const DIGESTS: Readonly<Record<string, string>> = {
  '608648016503040201': 'sha256',
  '608648016503040202': 'sha384',
  '608648016503040203': 'sha512',
  '2b0e03021a': 'sha1',
  '2a811ccf55018311': 'sm3',
  '608648016503040204': 'sha224',
};
const MESSAGE_DIGEST = '2a864886f70d010904';
const SIGNED_DATA = '2a864886f70d010702';
const TST_INFO = '2a864886f70d0109100104';
const RSA_PSS = '2a864886f70d01010a';

/** The byte range a signature claims, or why it is not one that covers the revision but its /Contents. */
function ranges(bytes: Uint8Array, range: unknown, contents: Uint8Array, end: number): [number, number, number, number] | string {
  if (!Array.isArray(range) || range.length !== 4 || !range.every((n) => Number.isInteger(n) && n >= 0)) return 'ByteRange';
  const [a0, l0, a1, l1] = range as [number, number, number, number];
  if (a0 !== 0 || a1 <= l0 || a1 + l1 < end - 2 || a1 + l1 > end) return 'ByteRange';
  // The gap is exactly the hex string /Contents holds: nothing else escapes the signature.
  const gap = new TextDecoder('latin1').decode(bytes.subarray(l0, a1));
  if (!/^<[0-9A-Fa-f\s]*>$/.test(gap) || !Buffer.from(gap.slice(1, -1).replace(/\s/g, ''), 'hex').equals(Buffer.from(contents))) return 'ByteRange';
  return [a0, l0, a1, l1];
}

const oid = (b: Uint8Array, algorithm: Tlv | undefined): string => hex(b, inner(b, algorithm)[0]);
const der = (b: Uint8Array, t: Tlv): Uint8Array => b.subarray(headerStart(b, t), t.end);

/** Where a TLV's tag byte is (its content start minus the length of its header). */
function headerStart(b: Uint8Array, t: Tlv): number {
  for (let h = 2; h <= 6; h++) if (b[t.start - h] === t.tag && lengthAt(b, t.start - h + 1) === t.end - t.start) return t.start - h;
  throw new Error('bad DER');
}

function lengthAt(b: Uint8Array, p: number): number {
  const first = b[p] ?? 0;
  if (!(first & 0x80)) return first;
  let len = 0;
  for (let i = 1; i <= (first & 0x7f); i++) len = len * 256 + (b[p + i] ?? 0);
  return len;
}

/** The value of the messageDigest signed attribute. */
function messageDigest(b: Uint8Array, attrs: Tlv): Uint8Array | undefined {
  for (const attr of inner(b, attrs)) {
    const [type, values] = inner(b, attr);
    if (hex(b, type) !== MESSAGE_DIGEST) continue;
    const value = inner(b, values)[0];
    return value ? b.subarray(value.start, value.end) : undefined;
  }
  return undefined;
}

/** The signed content's digest a signer signed: the messageDigest, or for a time stamp the TSTInfo's messageImprint. */
function imprintOf(b: Uint8Array, encap: Tlv | undefined): Uint8Array | undefined {
  const [type, explicit] = inner(b, encap);
  if (hex(b, type) !== TST_INFO) return undefined;
  const octets = inner(b, explicit)[0];
  if (!octets) return undefined;
  const tst = inner(b, inner(b, octets)[0]);
  const imprint = inner(b, tst[2]);
  return imprint[1] ? b.subarray(imprint[1].start, imprint[1].end) : undefined;
}

/** Why the signature does not sign these bytes, or undefined when it does. */
export function signatureProblem(bytes: Uint8Array, byteRange: unknown, contents: Uint8Array, end: number): string | undefined {
  const r = ranges(bytes, byteRange, contents, end);
  if (typeof r === 'string') return r;
  const signed = Buffer.concat([bytes.subarray(r[0], r[0] + r[1]), bytes.subarray(r[2], r[2] + r[3])]);
  try {
    const b = contents;
    const [contentInfo] = children(b, 0, b.length);
    const [type, explicit] = inner(b, contentInfo);
    if (hex(b, type) !== SIGNED_DATA) return 'no PKCS#7 SignedData';
    const parts = inner(b, inner(b, explicit)[0]);
    const encap = parts[2];
    const certs = parts.find((t) => t.tag === 0xa0);
    const signerInfo = inner(b, parts.filter((t) => t.tag === 0x31).at(-1))[0];
    const fields = inner(b, signerInfo);
    const digestName = DIGESTS[oid(b, fields[2])];
    const attrs = fields.find((t) => t.tag === 0xa0);
    if (!digestName || !attrs) return 'unsupported signature';
    const digest = (data: Uint8Array): Buffer => createHash(digestName).update(data).digest();
    const stamp = imprintOf(b, encap);
    const claimed = messageDigest(b, attrs);
    if (stamp) {
      // A document time stamp: the TSTInfo names the bytes, the signed attributes the TSTInfo.
      const octets = inner(b, inner(b, encap)[1])[0] as Tlv;
      if (
        !Buffer.from(stamp).equals(createHash(digestName).update(signed).digest()) ||
        !claimed ||
        !Buffer.from(claimed).equals(digest(b.subarray(octets.start, octets.end)))
      )
        return 'digest';
    } else if (!claimed || !Buffer.from(claimed).equals(digest(signed))) return 'digest';
    const afterAttrs = fields.slice(fields.indexOf(attrs) + 1);
    const [sigAlg, value] = afterAttrs;
    if (!sigAlg || !value) return 'no signature value';
    const signedAttrs = Buffer.from(der(b, attrs));
    signedAttrs[0] = 0x31;
    const serial = hex(b, inner(b, fields[1])[1]);
    for (const cert of inner(b, certs)) {
      const x509 = new X509Certificate(der(b, cert));
      if (serial && x509.serialNumber.toLowerCase().replace(/^0+/, '') !== serial.toLowerCase().replace(/^0+/, '')) continue;
      const key = createPublicKey(x509.publicKey.export({ type: 'spki', format: 'pem' }));
      const pss = oid(b, sigAlg) === RSA_PSS ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO } : {};
      return verify(digestName, signedAttrs, { key, ...pss }, b.subarray(value.start, value.end)) ? undefined : 'signature value';
    }
    return 'no signer certificate';
  } catch (e) {
    return `unreadable PKCS#7 (${(e as Error).message.slice(0, 40)})`;
  }
}
