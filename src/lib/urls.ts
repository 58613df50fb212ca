/**
 * Every internal link goes through these builders so the site works at the
 * domain root and under a sub-path (`astro build --base /showcase/`).
 */

/** Joins Astro's base with a site path, keeping exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export const paths = {
  home: () => withBase('/'),
  units: () => withBase('/units/'),
  unit: (unitId: string) => withBase(`/units/${unitId}/`),
  unitsOfType: (typeSlug: string) => withBase(`/units/type/${typeSlug}/`),
  unitsWithHonor: (levelSlug: string) => withBase(`/units/honor/${levelSlug}/`),
  report: (reportId: string) => withBase(`/reports/${reportId}/`),
  years: () => withBase('/years/'),
  year: (year: number) => withBase(`/years/${year}/`),
  regions: () => withBase('/regions/'),
  region: (regionSlug: string) => withBase(`/regions/${regionSlug}/`),
  tags: () => withBase('/tags/'),
  tag: (tagSlug: string) => withBase(`/tags/${tagSlug}/`),
  metrics: () => withBase('/metrics/'),
  metric: (metricId: string) => withBase(`/metrics/${metricId}/`),
  reportsJson: () => withBase('/data/reports.json'),
  metricsCsv: () => withBase('/data/metrics.csv'),
  search: () => withBase('/search/'),
  rss: () => withBase('/rss.xml'),
  /** A file in public/ or one the build writes at the site root */
  asset: (file: string) => withBase(`/${file}`),
};
