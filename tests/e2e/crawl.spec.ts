import { expect, test, type APIRequestContext } from '@playwright/test';
import { ROOT_URL, SUBPATH_URL } from '../../playwright.config';

/** The production origin the build writes into feeds, the sitemap and canonical links. */
const SITE_ORIGIN = 'https://showcase.example.org';

const LINK_PATTERNS = [/\s(?:href|src)="([^"]+)"/g, /<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g, /\scontent="(https?:[^"]+)"/g];

function linksIn(body: string): string[] {
  return LINK_PATTERNS.flatMap((pattern) => [...body.matchAll(pattern)].map((match) => match[1].replaceAll('&amp;', '&')));
}

/**
 * Follows every internal link, asset and feed URL from the home page and returns
 * those that do not answer 200, each with the page that links to it.
 */
async function crawl(request: APIRequestContext, start: string) {
  const local = new URL(start);
  const toLocal = (href: string, from: string) => {
    const url = new URL(href, from);
    if (url.origin === SITE_ORIGIN) return new URL(url.pathname, local.origin);
    return url.origin === local.origin ? url : undefined;
  };
  const seen = new Map<string, string>([[local.href, 'start']]);
  const queue = [local.href];
  const broken: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url);
    if (response.status() !== 200) {
      broken.push(`${url} → ${response.status()} (linked from ${seen.get(url)})`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    if (!/html|xml/.test(type)) continue;
    for (const href of linksIn(await response.text())) {
      const target = toLocal(href, url);
      if (!target) continue;
      target.hash = '';
      target.search = '';
      if (!seen.has(target.href)) {
        seen.set(target.href, url);
        queue.push(target.href);
      }
    }
  }
  return { pages: seen.size, broken };
}

test('every internal link, asset and feed URL of the root build resolves', async ({ request }) => {
  const { pages, broken } = await crawl(request, `${ROOT_URL}/`);
  expect(broken).toEqual([]);
  expect(pages).toBeGreaterThan(50);
});

test('every internal link, asset and feed URL of the /showcase/ build resolves under the sub-path', async ({ request }) => {
  const { pages, broken } = await crawl(request, SUBPATH_URL);
  expect(broken).toEqual([]);
  expect(pages).toBeGreaterThan(50);
});

test('the /showcase/ build links nothing outside the sub-path', async ({ request }) => {
  const home = await (await request.get(SUBPATH_URL)).text();
  const rootRelative = linksIn(home).filter((href) => href.startsWith('/') && !href.startsWith('/showcase/'));
  expect(rootRelative).toEqual([]);
});
