/**
 * The 公开主体 and 公开层级 a table prints for the unit that publishes it: a county's documents name its own
 * bureau wherever the baseline has the generic "县级教育行政部门"; a school's name the school, at 校级.
 */
import type { Catalogue, Item, Level } from '../../model/index.js';

/** The baseline's generic subjects, as the 新乡 table writes them. */
const GENERIC_BUREAU = '县级教育行政部门';
const GENERIC_INSPECTION = '县级人民政府教育督导机构';

/** "卫辉市人民政府教育督导委员会办公室": the county's 督导 office for the generic 督导机构. */
const inspectionOffice = (region: string): string => `${region}人民政府教育督导委员会办公室`;

/** The subject a row prints in `catalogue`'s documents (the source may still inherit the generic one). */
export function publishedSubject(subject: string, catalogue: Catalogue, baseline?: Catalogue): string {
  const s = subject.trim();
  if (catalogue.kind === 'county') {
    if (s === GENERIC_BUREAU) return catalogue.issuer;
    if (s === GENERIC_INSPECTION) return inspectionOffice(catalogue.region);
    return subject;
  }
  if (catalogue.kind === 'school') {
    const county = baseline?.kind === 'county' ? baseline : undefined;
    if (s === GENERIC_BUREAU || (county && s === county.issuer)) return catalogue.issuer;
    if (s === GENERIC_INSPECTION && county) return inspectionOffice(county.region);
  }
  return subject;
}

/** A school publishes its own rows at 校级; rows another body publishes keep their levels. */
function publishedLevels(item: Item, subject: string, catalogue: Catalogue): readonly Level[] {
  if (catalogue.kind !== 'school' || subject !== catalogue.issuer) return item.level;
  return ['校级'];
}

/** The catalogue as its issuer prints it: every row's 公开主体 and 公开层级 made the issuer's own. */
export function asPublished(catalogue: Catalogue, baseline?: Catalogue): Catalogue {
  return {
    ...catalogue,
    categories: catalogue.categories.map((c) => ({
      ...c,
      items: c.items.map((item) => {
        const subject = publishedSubject(item.subject, catalogue, baseline);
        return { ...item, subject, level: publishedLevels(item, subject, catalogue) };
      }),
    })),
  };
}
