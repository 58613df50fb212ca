import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Runs a search through the search page's URL and returns the result paths, best first. */
export async function searchResults(page: Page, query: string, extraParams = ''): Promise<string[]> {
  await page.goto(`./search/?q=${encodeURIComponent(query)}${extraParams}`);
  await expect(page.locator('[data-status]')).not.toHaveText(/^$|正在/);
  return page.locator('.search-results h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Clicks "load more" until every result is shown, waiting for each batch to arrive. */
export async function showAllResults(page: Page): Promise<void> {
  const items = page.locator('.search-results li');
  const more = page.locator('[data-more]');
  while (await more.isVisible()) {
    const shown = await items.count();
    await more.click();
    await expect(items).not.toHaveCount(shown);
  }
}

interface PublishedText {
  /** The page's path below the base, e.g. reports/x/2021-deeds/ */
  path: string;
  text: string;
}

function bodyOf(file: string): { frontmatter: string; body: string } {
  const source = readFileSync(file, 'utf8');
  const [, frontmatter, body] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
  return { frontmatter, body };
}

function isPublished(frontmatter: string): boolean {
  return !/^draft: true/m.test(frontmatter) && !/^publishAt: 2099/m.test(frontmatter);
}

/** The body text of every published report and unit, from the sample content. */
function publishedTexts(): { reports: PublishedText[]; all: PublishedText[] } {
  const reports = readdirSync('src/content/reports', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ file, ...bodyOf(join('src/content/reports', file)) }))
    .filter(({ frontmatter }) => isPublished(frontmatter))
    .map(({ file, body }) => ({ path: `reports/${file.replace(/\.mdx$/, '')}/`, text: body }));
  const units = readdirSync('src/content/units')
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ path: `units/${file.replace(/\.mdx$/, '')}/`, text: bodyOf(join('src/content/units', file)).body }));
  return { reports, all: [...reports, ...units] };
}

/**
 * For each report, the first clause of 5–10 characters (between punctuation) that
 * occurs in no other published page: a phrase only that report can answer.
 */
export function distinctiveClauses(): { path: string; clause: string }[] {
  const { reports, all } = publishedTexts();
  const compact = (text: string) => text.replace(/\s+/g, '');
  return reports.map((report) => {
    const others = all.filter((page) => page.path !== report.path).map((page) => compact(page.text));
    const clauses = compact(report.text.replace(/^#+\s.*$/gm, ''))
      .split(/[，。；：、！？“”（）《》()"#*\-\n]/)
      .filter((clause) => clause.length >= 5 && clause.length <= 10 && /\p{Script=Han}/u.test(clause));
    const clause = clauses.find((candidate) => !others.some((text) => text.includes(candidate)));
    if (!clause) throw new Error(`${report.path} has no clause of 5–10 characters found in no other page`);
    return { path: report.path, clause };
  });
}
