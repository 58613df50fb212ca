/**
 * Collects the HTML pages of a running site by following its links from a start
 * page, staying under the start URL's path. Used to index the dev server's pages,
 * which exist only as it renders them.
 */
export async function crawlHtmlPages(start: URL, fetchPage: typeof fetch = fetch): Promise<{ url: URL; html: string }[]> {
  const seen = new Set<string>([start.href]);
  const queue = [start];
  const pages: { url: URL; html: string }[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await fetchPage(url);
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) continue;
    const html = await response.text();
    pages.push({ url, html });
    for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"#?]+)/g)) {
      const next = new URL(href, url);
      const isPage = !/\.[a-z0-9]+$/i.test(next.pathname) || next.pathname.endsWith('.html');
      if (next.origin !== start.origin || !next.pathname.startsWith(start.pathname) || !isPage) continue;
      if (seen.has(next.href)) continue;
      seen.add(next.href);
      queue.push(next);
    }
  }
  return pages;
}
