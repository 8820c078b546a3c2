/** Every rule, by id: the single list the pipeline, `explain` and the registry test read. */
import baselineMismatch from './rules/baseline-mismatch.js';
import changedSubject from './rules/changed-subject.js';
import compressionBomb from './rules/compression-bomb.js';
import declaredCount from './rules/declared-count.js';
import deviation from './rules/deviation.js';
import dittoValue from './rules/ditto-value.js';
import documentMetadata from './rules/document-metadata.js';
import duplicateCatalogue from './rules/duplicate-catalogue.js';
import duplicateEntry from './rules/duplicate-entry.js';
import duplicateId from './rules/duplicate-id.js';
import encoding from './rules/encoding.js';
import extendedTimeLimit from './rules/extended-time-limit.js';
import halfwidthPunctuation from './rules/halfwidth-punctuation.js';
import hiddenContent from './rules/hidden-content.js';
import incompleteDocument from './rules/incomplete-document.js';
import kindMismatch from './rules/kind-mismatch.js';
import missingSource from './rules/missing-source.js';
import modifiedBaseline from './rules/modified-baseline.js';
import movedItem from './rules/moved-item.js';
import narrowedAudience from './rules/narrowed-audience.js';
import otherVersion from './rules/other-version.js';
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
import schema from './rules/schema.js';
import signedDocument from './rules/signed-document.js';
import tamperedDocument from './rules/tampered-document.js';
import uncomparableTimeLimit from './rules/uncomparable-time-limit.js';
import unitMismatch from './rules/unit-mismatch.js';
import unknownBaseline from './rules/unknown-baseline.js';
import unexpectedFilingKind from './rules/unexpected-filing-kind.js';
import unverifiedFile from './rules/unverified-file.js';
import unknownChannel from './rules/unknown-channel.js';
import unverifiableRendering from './rules/unverifiable-rendering.js';
import unusedDeviation from './rules/unused-deviation.js';
import weakenedMethod from './rules/weakened-method.js';
import withdrawnDisclosure from './rules/withdrawn-disclosure.js';
import yamlSyntax from './rules/yaml-syntax.js';
import type { Rule } from './rule.js';

export const RULES: readonly Rule[] = [
  baselineMismatch,
  changedSubject,
  compressionBomb,
  declaredCount,
  deviation,
  dittoValue,
  documentMetadata,
  duplicateCatalogue,
  duplicateEntry,
  duplicateId,
  encoding,
  extendedTimeLimit,
  halfwidthPunctuation,
  hiddenContent,
  incompleteDocument,
  kindMismatch,
  missingSource,
  modifiedBaseline,
  movedItem,
  narrowedAudience,
  otherVersion,
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
  schema,
  signedDocument,
  tamperedDocument,
  uncomparableTimeLimit,
  unexpectedFilingKind,
  unitMismatch,
  unknownBaseline,
  unknownChannel,
  unusedDeviation,
  unverifiableRendering,
  unverifiedFile,
  weakenedMethod,
  withdrawnDisclosure,
  yamlSyntax,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
