/** Which filings a bureau accepts: the city takes county catalogues extending its baseline, a county its schools' catalogues extending its own. */
import type { Checked } from '../check/check.js';
import { catalogueLabel, KIND_LABELS, type Catalogue, type Finding, type Message } from '../model/index.js';
import { filingFinding } from './findings.js';

/** What a bureau receives (judged from the resolved catalogue and its chain, never from the filing's claims alone). */
export interface BureauScope {
  /** The kind of catalogue it receives. */
  readonly accepts: 'county' | 'school';
  /** The catalogue an accepted filing extends directly: the bureau's `--baseline`, as NAME@VERSION or id. */
  readonly parent: {
    readonly label: string;
    readonly sha256: string /** The county's file (school bureaus): what a hand-made school table extends. */;
    readonly path?: string;
  };
}

const HINTS: Readonly<Record<string, Message>> = {
  'county:municipal': { zh: '市级基准目录由市教育局发布，不需要备案', en: 'The municipal baseline is issued by the bureau itself and is not filed' },
  'county:school': {
    zh: '学校目录向所属县（市、区）教育局备案，由其用 catalog verify --baseline 本县目录.yaml 核验',
    en: 'A school files with its county bureau, which verifies it with catalog verify --baseline COUNTY.yaml',
  },
  'school:county': { zh: '县级目录报市教育局备案，不由县教育局核验', en: 'A county catalogue is filed with the municipal bureau, not with a county' },
  'school:municipal': { zh: '市级基准目录由市教育局发布，不需要备案', en: 'The municipal baseline is issued by the bureau itself and is not filed' },
};

/** The bureau's objections to the kind and chain of a checked filing (none when it could not be resolved). */
export function kindFindings(checked: Checked, scope: BureauScope): Finding[] {
  const resolved = checked.resolved;
  if (!resolved) return [];
  const common = { catalogue: resolved.id, baseline: scope.parent.label, expected: KIND_LABELS[scope.accepts] };
  if (resolved.kind !== scope.accepts) {
    const hint = HINTS[`${scope.accepts}:${resolved.kind}`] ?? { zh: '', en: '' };
    return [filingFinding('unexpected-filing-kind', 'default', { ...common, kind: KIND_LABELS[resolved.kind], hint })];
  }
  const parent = resolved.baseline;
  if (!parent) return [filingFinding('unexpected-filing-kind', 'noBaseline', { ...common, claimed: resolved.kind })];
  // A county's parent is the municipal root: baseline-mismatch already says when it is another one.
  if (scope.accepts === 'county' || parent.sha256 === scope.parent.sha256) return [];
  return [
    filingFinding('unexpected-filing-kind', 'otherParent', { ...common, parent: catalogueLabel(parent), theirs: parent.sha256, ours: scope.parent.sha256 }),
  ];
}

/**
 * A hand-made table carries no kind: it is read as the kind the bureau receives. A table of the bureau's own unit
 * (its title names the region of the catalogue the bureau verifies with: the city's own catalogue sent back to the
 * city, a county's to the county) is not a filing of that kind, whatever its rows say.
 */
export function ownRegionFindings(region: string | undefined, id: string, parent: Catalogue, scope: BureauScope): Finding[] {
  if (region === undefined || region.trim() !== parent.region.trim()) return [];
  const hint = HINTS[`${scope.accepts}:${parent.kind}`] ?? { zh: '', en: '' };
  return [
    filingFinding('unexpected-filing-kind', 'default', {
      catalogue: id,
      baseline: scope.parent.label,
      expected: KIND_LABELS[scope.accepts],
      kind: KIND_LABELS[parent.kind],
      hint,
    }),
  ];
}
