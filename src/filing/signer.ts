/** Who signed: the subject CN of the signer's certificate in a CMS SignedData (DER), without verifying anything. */

export interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
}

/** The TLVs directly inside bytes[from, to). */
export function children(b: Uint8Array, from: number, to: number): Tlv[] {
  const out: Tlv[] = [];
  let p = from;
  while (p + 2 <= to) {
    const tag = b[p++] ?? 0;
    let len = b[p++] ?? 0;
    if (len & 0x80) {
      const n = len & 0x7f;
      if (n === 0 || n > 4) break;
      len = 0;
      for (let i = 0; i < n; i++) len = len * 256 + (b[p++] ?? 0);
    }
    if (p + len > to) break;
    out.push({ tag, start: p, end: p + len });
    p += len;
  }
  return out;
}

export const inner = (b: Uint8Array, t: Tlv | undefined): Tlv[] => (t ? children(b, t.start, t.end) : []);
export const hex = (b: Uint8Array, t: Tlv | undefined): string => (t ? Buffer.from(b.subarray(t.start, t.end)).toString('hex') : '');

/** The commonName (2.5.4.3) of an X.501 Name. */
function commonName(b: Uint8Array, name: Tlv | undefined): string | undefined {
  for (const rdn of inner(b, name)) {
    for (const atv of inner(b, rdn)) {
      const [oid, value] = inner(b, atv);
      if (hex(b, oid) === '550403' && value) return new TextDecoder(value.tag === 0x1e ? 'utf-16be' : 'utf-8').decode(b.subarray(value.start, value.end));
    }
  }
  return undefined;
}

/** The signer certificate's subject CN (the certificate whose serial the SignerInfo names), or undefined. */
export function signerName(der: Uint8Array): string | undefined {
  try {
    const [contentInfo] = children(der, 0, der.length);
    const [, explicit] = inner(der, contentInfo);
    const [signedData] = inner(der, explicit);
    const parts = inner(der, signedData);
    const certs = parts.find((t) => t.tag === 0xa0);
    const signerInfos = parts.filter((t) => t.tag === 0x31).at(-1);
    const signerInfo = inner(der, signerInfos)[0];
    const sid = inner(der, signerInfo)[1];
    const serial = hex(der, inner(der, sid)[1]);
    let fallback: string | undefined;
    for (const cert of inner(der, certs)) {
      const tbs = inner(der, inner(der, cert)[0]);
      const offset = tbs[0]?.tag === 0xa0 ? 1 : 0;
      const subject = commonName(der, tbs[offset + 4]);
      fallback ??= subject;
      if (hex(der, tbs[offset]) === serial) return subject;
    }
    return fallback;
  } catch {
    return undefined;
  }
}
