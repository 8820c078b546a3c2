/**
 * The kind policy: what a `municipal`, `county` and `school` catalogue may be, where a municipal baseline may
 * live and what extends what — so that a county cannot escape the county rules by relabelling itself.
 *
 * | kind      | region / issuer                         | extends                        | where                                  |
 * |-----------|-----------------------------------------|--------------------------------|----------------------------------------|
 * | municipal | a shipped baseline's 地级市 (新乡市)      | nothing; `declared` counts      | only catalogues/ID/VERSION.yaml; never a filing |
 * | county    | a 县/市/区/旗, not a school              | a municipal baseline            | anywhere                               |
 * | school    | names one school (not 卫辉市义务教育学校); no 教育局 in the issuer | a county; the municipal one only for a 市直 school | anywhere; title not 政务公开 |
 *
 * Names are judged after invisible characters, widths and a trailing （…） are normalised away.
 */
import type { CatalogueKind, Finding, SourceCatalogue } from '../model/index.js';
import { normalizeText } from '../validate/normalize.js';
import { SHIPPED_BASELINES } from './shipped.js';
import { slashed } from '../util/shown-path.js';

/** Which kinds may extend which. */
export const PARENT_KINDS: Readonly<Record<CatalogueKind, readonly CatalogueKind[]>> = {
  municipal: [],
  county: ['municipal'],
  school: ['county', 'municipal'],
};

const SCHOOL = /(?:学|校|校区|教学点|幼儿园)$/u;
const BUREAU = /教育局|教体局|教育和体育局|教育体育局|教育文化体育局|教育行政部门|人民政府|政府/u;
const COUNTY_REGION = /(?:县|市|区|旗)$/u;
const SCHOOL_TYPE = /(?:九年一贯制学校|十二年一贯制学校|完全中学|初级中学|高级中学|中小学校?|小学|中学|初中|高中|学校|教学点|幼儿园|校区|学|校)$/u;
const PLACE = /^\p{Script=Han}{1,6}?(?:省|市|县|区|旗)/u;
const GENERIC =
  /义务教育|义教|各类|各级|各|全部|所有|全体|全市|全县|全区|全|公办|民办|中小|农村|城区|城镇|乡村|乡镇|直属|市直|县直|区直|局直|辖区|本地|本县|本市|有关|相关|基层|普通|中心|一般|学校|其他|其它/gu;

/** A name as judged: normalised (invisible characters, widths) and without a trailing （…） such as （代章）. */
function judgedName(name: string): string {
  return normalizeText(name).replace(/(?:\([^()]*\))+$/u, '');
}

/** Whether a name names a school rather than a place or a bureau. */
export function namesSchool(name: string): boolean {
  const n = judgedName(name);
  return SCHOOL.test(n) && !BUREAU.test(n);
}

/** Whether a school name names no one school: a place and generic words (卫辉市义务教育学校, 卫辉市各中小学). */
export function genericSchool(name: string): boolean {
  let n = judgedName(name).replace(SCHOOL_TYPE, '');
  for (let m = PLACE.exec(n); m; m = PLACE.exec(n)) n = n.slice(m[0].length);
  return n.replace(GENERIC, '').replace(/[^\p{L}\p{N}]/gu, '') === '';
}

/** The county-level place a name starts with (卫辉市实验学校 → 卫辉市), unless it is a municipal region. */
export function countyPrefix(name: string): string | undefined {
  const place = PLACE.exec(judgedName(name))?.[0];
  return place === undefined || SHIPPED_BASELINES.some((b) => b.region === place) ? undefined : place;
}

/** Whether `path` (absolute or relative, either separator) is …/catalogues/ID/VERSION.yaml. */
export function isPublishedBaselinePath(path: string, id: string, version: string | undefined): boolean {
  if (version === undefined) return false;
  const parts = slashed(path).split('/');
  const [file, dir, root] = [parts.at(-1), parts.at(-2), parts.at(-3)];
  return root === 'catalogues' && dir === id && (file === `${version}.yaml` || file === `${version}.yml`);
}

export interface KindPolicyOptions {
  /** Where the file is (absolute path); a municipal catalogue must be at catalogues/ID/VERSION.yaml. */
  readonly path?: string;
  /** The source came with a filing (verify): a filing is never the municipal baseline. */
  readonly filing?: boolean;
  /** The file is the one --baseline names: the user vouches for it as a municipal baseline. */
  readonly trusted?: boolean;
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
    const known = SHIPPED_BASELINES.map((b) => b.region);
    if (!opts.trusted && !known.includes(judgedName(region))) out.push(finding('/region', 'municipalRegion', { ...data, known: known.join('、') }));
    if (opts.path !== undefined && !opts.filing && !isPublishedBaselinePath(opts.path, source.id, source.version)) {
      out.push(finding('/kind', 'municipalPlace', { ...data, version: source.version ?? 'VERSION' }));
    }
    if (source.declared === undefined) out.push(finding('/kind', 'municipalDeclared', data));
    return out;
  }
  if (source.extends === undefined) out.push(finding('/kind', source.kind === 'county' ? 'countyExtends' : 'schoolExtends', data));
  if (source.kind === 'county') {
    if (!COUNTY_REGION.test(judgedName(region)) || namesSchool(region)) out.push(finding('/region', 'countyRegion', data));
    return out;
  }
  if (!namesSchool(region)) out.push(finding('/region', 'schoolRegion', data));
  else if (genericSchool(region)) out.push(finding('/region', 'schoolGeneric', data));
  if (BUREAU.test(judgedName(issuer)) || COUNTY_REGION.test(judgedName(issuer))) out.push(finding('/issuer', 'schoolIssuer', data));
  else if (namesSchool(issuer) && genericSchool(issuer)) out.push(finding('/issuer', 'schoolGeneric', { ...data, region: issuer }));
  if (/政务公开/u.test(source.title ?? '')) out.push(finding('/title', 'schoolTitle', { ...data, title: source.title ?? '' }));
  return out;
}
