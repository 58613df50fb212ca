/** The publication rules: the kinds of rule (text, entry, collection) and the list of every rule with its severity. */
import type { MetricDefinition } from '../../lib/metricDefinitions.ts';
import type { EntryPlaced, LintEntry, Placed, RuleId, Severity, TextMatch } from '../types.ts';
import { findBankCards } from './bankCard.ts';
import { checkDuplicateReports } from './duplicateReport.ts';
import { findEmails } from './email.ts';
import { checkFutureYear } from './futureYear.ts';
import { findGarbledText } from './garbled.ts';
import { findMissingNumbers } from './missingNumber.ts';
import { findMobileNumbers } from './mobile.ts';
import { checkNoFigures } from './noFigures.ts';
import { findResidentIds } from './personalId.ts';
import { findPlaceholders } from './placeholder.ts';
import { checkShortReport } from './shortReport.ts';
import { checkUnitType } from './unitType.ts';
import { checkUnitsWithoutReport } from './unitWithoutReport.ts';
import { checkUnrecordedFigures } from './unrecordedFigure.ts';

/** What entry and collection rules may need besides the entries themselves. */
export interface RuleContext {
  now: Date;
  definitions: MetricDefinition[];
}

/** Looks at one line of published text at a time: frontmatter values and body lines alike. */
interface TextRule {
  id: RuleId;
  severity: Severity;
  scope: 'text';
  find: (text: string) => TextMatch[];
}

/** Looks at one entry: its fields and its body. */
interface EntryRule {
  id: RuleId;
  severity: Severity;
  scope: 'entry';
  check: (entry: LintEntry, context: RuleContext) => Placed[];
}

/** Compares the entries with one another. */
interface CollectionRule {
  id: RuleId;
  severity: Severity;
  scope: 'collection';
  check: (entries: LintEntry[]) => EntryPlaced[];
}

export type Rule = TextRule | EntryRule | CollectionRule;

/** Every rule, in the order editors should fix them: personal data first, advice last. */
export const RULES: Rule[] = [
  { id: 'personal-id', severity: 'error', scope: 'text', find: findResidentIds },
  { id: 'mobile', severity: 'error', scope: 'text', find: findMobileNumbers },
  { id: 'email', severity: 'error', scope: 'text', find: findEmails },
  { id: 'bank-card', severity: 'error', scope: 'text', find: findBankCards },
  { id: 'placeholder', severity: 'error', scope: 'text', find: findPlaceholders },
  { id: 'missing-number', severity: 'error', scope: 'text', find: findMissingNumbers },
  { id: 'garbled', severity: 'error', scope: 'text', find: findGarbledText },
  { id: 'future-year', severity: 'error', scope: 'entry', check: (entry, { now }) => checkFutureYear(entry, now) },
  { id: 'duplicate-report', severity: 'error', scope: 'collection', check: checkDuplicateReports },
  { id: 'short-report', severity: 'warning', scope: 'entry', check: checkShortReport },
  { id: 'no-figures', severity: 'warning', scope: 'entry', check: (entry, { definitions }) => checkNoFigures(entry, definitions) },
  { id: 'unrecorded-figure', severity: 'warning', scope: 'entry', check: (entry, { definitions }) => checkUnrecordedFigures(entry, definitions) },
  { id: 'unit-type', severity: 'warning', scope: 'entry', check: checkUnitType },
  { id: 'unit-without-report', severity: 'warning', scope: 'collection', check: checkUnitsWithoutReport },
];
