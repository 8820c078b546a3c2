/** What `catalog init` needs to know (kind, region, id, issuer, extends, title): from flags, defaults or questions. */
import type { Lang } from '../model/index.js';
import { tr, type AuthoringTextId } from '../messages/authoring.js';

export type InitKind = 'county' | 'school';

/** The settled answers a scaffold is made from. */
export interface InitAnswers {
  readonly kind: InitKind;
  readonly region: string;
  readonly id: string;
  readonly issuer: string;
  readonly extends: string;
  readonly title: string;
}

/** The values given on the command line, as typed (any may be missing). */
export type InitFlags = Partial<Record<keyof InitAnswers, string>>;

/** A flag value that cannot be used: exit 2 with this text. */
export interface FlagProblem {
  readonly textId: AuthoringTextId;
  readonly value: string;
}

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
const DEFAULT_BASELINE = 'xinxiang@2020';

const KIND_WORDS: Readonly<Record<string, InitKind>> = {
  county: 'county',
  '县': 'county',
  '县级': 'county',
  '县区': 'county',
  '县(市)区': 'county',
  '县（市）区': 'county',
  school: 'school',
  '学校': 'school',
  '校': 'school',
};

/** `county`/`school`, also accepting the Chinese words; undefined when not a kind. */
export function parseKind(value: string): InitKind | undefined {
  return KIND_WORDS[value.trim().toLowerCase()];
}

function defaultIssuer(kind: InitKind, region: string): string {
  return kind === 'county' ? `${region}教育局` : region;
}

function defaultTitle(kind: InitKind, region: string): string {
  return kind === 'county' ? `${region}义务教育领域基层政务公开标准目录` : `${region}校务公开标准目录`;
}

/** The baseline by default: the municipal one for a county; a school must name its county (or choose it). */
function defaultExtends(kind: InitKind): string | undefined {
  return kind === 'county' ? DEFAULT_BASELINE : undefined;
}

/** Flags whose values cannot be used. */
export function flagProblems(flags: InitFlags): FlagProblem[] {
  const out: FlagProblem[] = [];
  if (flags.kind !== undefined && !parseKind(flags.kind)) out.push({ textId: 'init.badKind', value: flags.kind });
  if (flags.id !== undefined && !ID_PATTERN.test(flags.id)) out.push({ textId: 'init.badId', value: flags.id });
  return out;
}

/** The flags a non-interactive run lacks (`--id`, `--region`, and `--extends` for a school). */
export function missingFlags(flags: InitFlags): string[] {
  const kind = parseKind(flags.kind ?? 'county') ?? 'county';
  const out: string[] = [];
  if (!flags.region?.trim()) out.push('--region');
  if (!flags.id?.trim()) out.push('--id');
  if (kind === 'school' && !flags.extends?.trim()) out.push('--extends');
  return out;
}

/** Complete answers from flags and defaults; the required flags must be present. */
export function settleAnswers(flags: InitFlags): InitAnswers {
  const kind = parseKind(flags.kind ?? 'county') ?? 'county';
  const region = (flags.region ?? '').trim();
  return {
    kind,
    region,
    id: (flags.id ?? '').trim(),
    issuer: flags.issuer?.trim() || defaultIssuer(kind, region),
    extends: flags.extends?.trim() || defaultExtends(kind) || DEFAULT_BASELINE,
    title: flags.title?.trim() || defaultTitle(kind, region),
  };
}

/** Ask one question showing a default; resolves to what was typed ('' for Enter). */
export type Ask = (question: string) => Promise<string>;

export class InitAborted extends Error {}

const ATTEMPTS = 5;

/** Ask until the answer is acceptable (or take the default on Enter); give up after a few tries. */
async function askValue(
  ask: Ask,
  say: (s: string) => void,
  question: string,
  def: string | undefined,
  accept: (v: string) => AuthoringTextId | undefined,
  lang: Lang,
): Promise<string> {
  for (let i = 0; i < ATTEMPTS; i++) {
    const colon = lang === 'zh' ? '：' : ': ';
    const typed = (await ask(def ? `${question} [${def}]${colon}` : `${question}${colon}`)).trim();
    const value = typed || def || '';
    if (!value) {
      say(tr(lang, 'ask.required'));
      continue;
    }
    const problem = accept(value);
    if (!problem) return value;
    say(tr(lang, problem, { value }));
  }
  throw new InitAborted();
}

/** Ask on a terminal for every value the flags leave out, in a sensible order, showing the defaults. */
export async function askAnswers(flags: InitFlags, ask: Ask, say: (s: string) => void, lang: Lang, counties: readonly string[] = []): Promise<InitAnswers> {
  const anything = (): undefined => undefined;
  const q = (id: AuthoringTextId): string => tr(lang, id);
  const given = (v: string | undefined): string | undefined => (v?.trim() ? v.trim() : undefined);
  const kindText = given(flags.kind) ?? (await askValue(ask, say, q('ask.kind'), 'county', (v) => (parseKind(v) ? undefined : 'ask.badKind'), lang));
  const kind = parseKind(kindText) ?? 'county';
  const region = given(flags.region) ?? (await askValue(ask, say, q('ask.region'), undefined, anything, lang));
  const id = given(flags.id) ?? (await askValue(ask, say, q('ask.id'), undefined, (v) => (ID_PATTERN.test(v) ? undefined : 'ask.badId'), lang));
  const issuer = given(flags.issuer) ?? (await askValue(ask, say, q('ask.issuer'), defaultIssuer(kind, region), anything, lang));
  const hint = counties.length > 0 ? tr(lang, 'ask.found', { files: counties.join('、') }) : '';
  const extendsQuestion = kind === 'county' ? q('ask.extendsCounty') : q('ask.extendsSchool') + hint;
  const extendsDefault = defaultExtends(kind) ?? (counties.length === 1 ? counties[0] : undefined);
  const base = given(flags.extends) ?? (await askValue(ask, say, extendsQuestion, extendsDefault, anything, lang));
  const title = given(flags.title) ?? (await askValue(ask, say, q('ask.title'), defaultTitle(kind, region), anything, lang));
  return { kind, region, id, issuer, extends: base, title };
}
