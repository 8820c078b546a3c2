/** `--only`: which documents and formats a build writes (notice, filing, html, docx, pdf; comma-separated). */

export interface Selection {
  readonly notice: boolean;
  readonly filing: boolean;
  readonly html: boolean;
  readonly docx: boolean;
  readonly pdf: boolean;
}

const WORDS = ['notice', 'filing', 'html', 'docx', 'pdf'] as const;
type Word = (typeof WORDS)[number];

/**
 * Parts (notice, filing) and formats (docx, pdf) narrow independently; `html` is the portal page.
 * `--only notice` → notice.docx + notice.pdf; `--only pdf` → both PDFs; `--only notice,pdf` → notice.pdf.
 */
export function parseSelection(spec: string | undefined): Selection | { readonly invalid: string } {
  if (spec === undefined || spec.trim() === '') return { notice: true, filing: true, html: true, docx: true, pdf: true };
  const words = spec
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
  const bad = words.find((w) => !(WORDS as readonly string[]).includes(w));
  if (bad !== undefined) return { invalid: bad };
  const has = (w: Word): boolean => words.includes(w);
  const anyPart = has('notice') || has('filing');
  const anyFormat = has('docx') || has('pdf');
  const documents = anyPart || anyFormat;
  return {
    notice: documents && (!anyPart || has('notice')),
    filing: documents && (!anyPart || has('filing')),
    docx: documents && (!anyFormat || has('docx')),
    pdf: documents && (!anyFormat || has('pdf')),
    html: has('html'),
  };
}
