/** Which filings a bureau accepts: the city takes county catalogues extending its baseline, a county its schools' catalogues extending its own. */
import type { Checked } from '../check/check.js';
import { catalogueLabel, KIND_LABELS, type Catalogue, type Finding, type Message } from '../model/index.js';
import { namesSchool } from '../resolve/kind-policy.js';
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

/**
 * The school a hand-made table's title names, when the title is a school's: it says 校务公开 (a county's catalogue is
 * 政务公开), or the unit before 义务教育/政务公开/标准目录 names a school (卫辉市实验学校…). Read from what the page shows
 * (a Word table has no kind field); undefined for a county's title.
 */
export function schoolOfTitle(title: string | undefined): string | undefined {
  const t = (title ?? '').normalize('NFKC').replace(/[\s\p{Cf}]+/gu, '');
  const unit = /^(.+?)(?:校务公开|义务教育|政务公开|标准目录)/u.exec(t)?.[1];
  if (unit === undefined) return undefined;
  return /校务公开/u.test(t) || namesSchool(unit) ? unit : undefined;
}

/**
 * The city reads a hand-made table as a county catalogue; one whose title is a school's is not a filing it receives:
 * one unexpected-filing-kind error (read as a county's, every item the school leaves out would be an error that says
 * nothing of what is wrong), with the hint to file it with the county. A county titling its table as a school's gets
 * the same error: it never passes.
 */
export function schoolTableFindings(school: string | undefined, title: string, scope: BureauScope): Finding[] {
  if (school === undefined || scope.accepts !== 'county') return [];
  return [
    filingFinding('unexpected-filing-kind', 'default', {
      catalogue: title,
      baseline: scope.parent.label,
      expected: KIND_LABELS.county,
      kind: KIND_LABELS.school,
      hint: HINTS['county:school'] ?? { zh: '', en: '' },
    }),
  ];
}
