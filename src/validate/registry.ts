/** Every diagnostic code, by id: rules with checks, stage codes, and the one list `explain` and the registry test read. */
import changedSubject from './rules/changed-subject.js';
import declaredCount from './rules/declared-count.js';
import dittoValue from './rules/ditto-value.js';
import documentMetadata from './rules/document-metadata.js';
import duplicateEntry from './rules/duplicate-entry.js';
import duplicateId from './rules/duplicate-id.js';
import extendedTimeLimit from './rules/extended-time-limit.js';
import halfwidthPunctuation from './rules/halfwidth-punctuation.js';
import movedItem from './rules/moved-item.js';
import loweredSubject from './rules/lowered-subject.js';
import narrowedAudience from './rules/narrowed-audience.js';
import possibleRename from './rules/possible-rename.js';
import removedBasis from './rules/removed-basis.js';
import removedCategory from './rules/removed-category.js';
import removedChannel from './rules/removed-channel.js';
import removedContent from './rules/removed-content.js';
import removedItem from './rules/removed-item.js';
import removedLevel from './rules/removed-level.js';
import renamedCategory from './rules/renamed-category.js';
import renamedItem from './rules/renamed-item.js';
import requiredField from './rules/required-field.js';
import uncomparableTimeLimit from './rules/uncomparable-time-limit.js';
import unknownChannel from './rules/unknown-channel.js';
import weakenedMethod from './rules/weakened-method.js';
import withdrawnDisclosure from './rules/withdrawn-disclosure.js';
import baselineMismatch from './codes/baseline-mismatch.js';
import compressionBomb from './codes/compression-bomb.js';
import deviation from './codes/deviation.js';
import duplicateCatalogue from './codes/duplicate-catalogue.js';
import encoding from './codes/encoding.js';
import hiddenContent from './codes/hidden-content.js';
import incompleteDocument from './codes/incomplete-document.js';
import kindMismatch from './codes/kind-mismatch.js';
import missingSource from './codes/missing-source.js';
import modifiedBaseline from './codes/modified-baseline.js';
import otherVersion from './codes/other-version.js';
import schema from './codes/schema.js';
import signedDocument from './codes/signed-document.js';
import tamperedDocument from './codes/tampered-document.js';
import unexpectedFilingKind from './codes/unexpected-filing-kind.js';
import unitMismatch from './codes/unit-mismatch.js';
import unknownBaseline from './codes/unknown-baseline.js';
import unreadableCell from './codes/unreadable-cell.js';
import unusedDeviation from './codes/unused-deviation.js';
import unverifiableRendering from './codes/unverifiable-rendering.js';
import unverifiedFile from './codes/unverified-file.js';
import yamlSyntax from './codes/yaml-syntax.js';
import { byCodePoint } from '../util/order.js';
import type { Rule, StageCode } from './rule.js';

/** Rules with a check: run by `validateCatalogue` over every resolved catalogue. */
export const RULES: readonly Rule[] = [
  changedSubject,
  declaredCount,
  dittoValue,
  documentMetadata,
  duplicateEntry,
  duplicateId,
  extendedTimeLimit,
  halfwidthPunctuation,
  loweredSubject,
  movedItem,
  narrowedAudience,
  possibleRename,
  removedBasis,
  removedCategory,
  removedChannel,
  removedContent,
  removedItem,
  removedLevel,
  renamedCategory,
  renamedItem,
  requiredField,
  uncomparableTimeLimit,
  unknownChannel,
  weakenedMethod,
  withdrawnDisclosure,
];

/** Codes a stage reports (load, schema, resolve, deviations, across files, verify): documented, worded, no check. */
export const STAGE_CODES: readonly StageCode[] = [
  baselineMismatch,
  compressionBomb,
  deviation,
  duplicateCatalogue,
  encoding,
  hiddenContent,
  incompleteDocument,
  kindMismatch,
  missingSource,
  modifiedBaseline,
  otherVersion,
  schema,
  signedDocument,
  tamperedDocument,
  unexpectedFilingKind,
  unitMismatch,
  unknownBaseline,
  unreadableCell,
  unusedDeviation,
  unverifiableRendering,
  unverifiedFile,
  yamlSyntax,
];

/** Every code a diagnostic can carry, rules and stage codes alike. */
export const CODES: readonly StageCode[] = [...RULES, ...STAGE_CODES].sort((a, b) => byCodePoint(a.id, b.id));
export const CODES_BY_ID: ReadonlyMap<string, StageCode> = new Map(CODES.map((c) => [c.id, c]));
