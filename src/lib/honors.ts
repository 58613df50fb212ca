/** Honour titles: their term of validity, their status in a given year, their order. */
import type { Honor } from './schemas';
import { HONOR_LEVELS } from './vocabulary';

export type { Honor };

/** National demonstration titles are named every two years and hold for five. */
const NATIONAL_TERM_YEARS = 5;

/** The last year a title holds, when it is known. */
export function honorValidUntil(honor: Honor): number | undefined {
  if (honor.validUntil !== undefined) return honor.validUntil;
  return honor.level === '国家级' ? honor.year + NATIONAL_TERM_YEARS : undefined;
}

export interface HonorStatus {
  /** 2019—2024, or 2019年起 when the term's end is unknown */
  term: string;
  /** undefined when the term's end is unknown */
  valid: boolean | undefined;
}

export function honorStatus(honor: Honor, currentYear: number): HonorStatus {
  const until = honorValidUntil(honor);
  if (until === undefined) return { term: `${honor.year}年起`, valid: undefined };
  return { term: `${honor.year}—${until}年`, valid: currentYear <= until };
}

/** Highest level first: 国家级 before 省级 and so on. */
export function compareHonors(a: Honor, b: Honor): number {
  return HONOR_LEVELS.indexOf(a.level) - HONOR_LEVELS.indexOf(b.level) || b.year - a.year;
}
