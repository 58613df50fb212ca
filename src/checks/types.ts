/** The shapes every part of the content linter shares. */

export type Severity = 'error' | 'warning';

export type RuleId =
  | 'personal-id'
  | 'mobile'
  | 'email'
  | 'bank-card'
  | 'placeholder'
  | 'missing-number'
  | 'future-year'
  | 'duplicate-report'
  | 'short-report'
  | 'no-figures'
  | 'unrecorded-figure'
  | 'unit-type'
  | 'unit-without-report'
  | 'unreadable'
  | 'encoding'
  | 'yaml'
  | 'mdx'
  | 'schema'
  | 'unknown-unit'
  | 'misplaced-file'
  | 'duplicate-id'
  | 'duplicate-unit-name'
  | 'file-name'
  | 'report-date'
  | 'stray-file'
  | 'garbled';

/** One problem found in one file, at a 1-based line and column (UTF-16 units, as editors' editors count). */
export interface Finding {
  file: string;
  /** The frontmatter field the finding is about (`year`, `metrics 第2项 value`); absent for the body and the whole file. */
  field?: string;
  line: number;
  column: number;
  severity: Severity;
  rule: RuleId;
  /** What is wrong, in Chinese, quoting the offending text. */
  message: string;
  /** How to fix it, in Chinese. */
  hint: string;
}

/** A spot a text rule found inside one line of text: where it starts, how long it is, and what to say. */
export interface TextMatch {
  index: number;
  length: number;
  message: string;
  hint: string;
}

/** A spot an entry rule found, already placed in its file. */
export interface Placed {
  /** The frontmatter field the spot is on, when it is on one. */
  field?: string;
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** A spot a collection rule found: which entry, and where in it. */
export interface EntryPlaced extends Placed {
  entry: LintEntry;
}

/**
 * One line of published text, where it sits in its file. Frontmatter values and
 * body lines both become segments, so text rules never need to know which is which.
 */
export interface Segment {
  text: string;
  line: number;
  /** Column of the segment's first character. */
  column: number;
  /** The frontmatter field the text belongs to (`summary`, `metrics 第1项 note`), absent for the body. */
  field?: string;
}

export type EntryKind = 'unit' | 'report' | 'text';

/** A file prepared for the rules: its kind, frontmatter facts, text segments and where its fields are. */
export interface LintEntry {
  /** Path as shown in findings (relative to the working directory). */
  file: string;
  /** Absolute path, for checks that look beside the file (images). */
  path: string;
  kind: EntryKind;
  /** The id Astro's glob loader gives the entry: its path in the collection folder without extension. */
  id?: string;
  /** The body as written, and the file line it starts on (for the MDX syntax check). */
  source: { body: string; bodyLine: number; mdx: boolean };
  /** The parsed frontmatter, `{}` for plain text. */
  data: Record<string, unknown>;
  /** Frontmatter values then body lines, with MDX comments and JSX tags blanked out. */
  segments: Segment[];
  /** Body segments only: the report text a reader sees. */
  body: Segment[];
  /** Where each frontmatter field's value starts, by path (`year`, `metrics.0.value`); rules point at it. */
  fieldPositions: Map<string, { line: number; column: number }>;
  /** Rules the frontmatter `allow:` list accepts for the whole file. */
  allowedInFile: Set<string>;
  /** Rules accepted on one line by a `lint-allow` comment, keyed by line number. */
  allowedOnLine: Map<number, Set<string>>;
  /** The unit id for units (file name) and reports (`unit:` field). */
  unitId?: string;
}
