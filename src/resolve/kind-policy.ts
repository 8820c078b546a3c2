/**
 * The kind policy: what a `municipal`, `county` and `school` catalogue may be, where a municipal baseline may
 * live and what extends what — so that a county cannot escape the county rules by relabelling itself.
 *
 * | kind      | region / issuer                         | extends                        | where                                  |
 * |-----------|-----------------------------------------|--------------------------------|----------------------------------------|
 * | municipal | a 市, not a 县/区 or a school            | nothing; `declared` counts      | only catalogues/ID/VERSION.yaml; never a filing |
 * | county    | a 县/市/区/旗, not a school              | a municipal baseline            | anywhere                               |
 * | school    | names a school (…学, …校, 教学点); not a 教育局 | a county or the municipal one | anywhere; title not 政务公开            |
 */
import { sep } from 'node:path';
import type { CatalogueKind, Finding, SourceCatalogue } from '../model/index.js';

/** Which kinds may extend which. */
export const PARENT_KINDS: Readonly<Record<CatalogueKind, readonly CatalogueKind[]>> = {
  municipal: [],
  county: ['municipal'],
  school: ['county', 'municipal'],
};

const SCHOOL = /(?:学|校|校区|教学点|幼儿园)$/u;
const BUREAU = /(?:教育局|教体局|教育和体育局|教育体育局|教育文化体育局|人民政府|政府)$/u;
const COUNTY_REGION = /(?:县|市|区|旗)$/u;
const BELOW_CITY = /(?:县|区|旗|乡|镇)$/u;

/** Whether a name names a school rather than a place or a bureau. */
export function namesSchool(name: string): boolean {
  const n = name.trim();
  return SCHOOL.test(n) && !BUREAU.test(n);
}

/** Whether `path` (absolute or relative, either separator) is …/catalogues/ID/VERSION.yaml. */
export function isPublishedBaselinePath(path: string, id: string, version: string | undefined): boolean {
  if (version === undefined) return false;
  const parts = path.split(sep).join('/').split('/');
  const [file, dir, root] = [parts.at(-1), parts.at(-2), parts.at(-3)];
  return root === 'catalogues' && dir === id && (file === `${version}.yaml` || file === `${version}.yml`);
}

export interface KindPolicyOptions {
  /** Where the file is (absolute path); a municipal catalogue must be at catalogues/ID/VERSION.yaml. */
  readonly path?: string;
  /** The source came with a filing (verify): a filing is never the municipal baseline. */
  readonly filing?: boolean;
}

const finding = (pointer: string, messageId: string, data: Record<string, string> = {}): Finding => ({ rule: 'kind-mismatch', pointer, messageId, data });

/**
 * The kind policy for one schema-valid source catalogue: `kind-mismatch` errors, empty when the file may be what
 * it says it is. `verify` calls it with `{filing: true}` on the source embedded in each filing.
 */
export function checkKindPolicy(source: SourceCatalogue, opts: KindPolicyOptions = {}): Finding[] {
  const region = source.region ?? '';
  const issuer = source.issuer ?? '';
  const data = { id: source.id, region, issuer, kind: source.kind, version: source.version ?? '', extends: source.extends ?? '' };
  const out: Finding[] = [];
  if (source.kind === 'municipal') {
    if (opts.filing) out.push(finding('/kind', 'municipalFiling', data));
    if (source.extends !== undefined) out.push(finding('/extends', 'municipalExtends', data));
    if (BELOW_CITY.test(region.trim()) || namesSchool(region) || namesSchool(issuer)) out.push(finding('/region', 'municipalRegion', data));
    if (opts.path !== undefined && !opts.filing && !isPublishedBaselinePath(opts.path, source.id, source.version)) {
      out.push(finding('/kind', 'municipalPlace', { ...data, version: source.version ?? 'VERSION' }));
    }
    if (source.declared === undefined) out.push(finding('/kind', 'municipalDeclared', data));
    return out;
  }
  if (source.extends === undefined) out.push(finding('/kind', source.kind === 'county' ? 'countyExtends' : 'schoolExtends', data));
  if (source.kind === 'county') {
    if (!COUNTY_REGION.test(region.trim()) || namesSchool(region)) out.push(finding('/region', 'countyRegion', data));
    return out;
  }
  if (!namesSchool(region)) out.push(finding('/region', 'schoolRegion', data));
  else if (BUREAU.test(issuer.trim()) || COUNTY_REGION.test(issuer.trim())) out.push(finding('/issuer', 'schoolIssuer', data));
  if (/政务公开/u.test(source.title ?? '')) out.push(finding('/title', 'schoolTitle', { ...data, title: source.title ?? '' }));
  return out;
}
