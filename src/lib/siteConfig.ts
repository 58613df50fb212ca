/**
 * The shape of src/site.config.ts and the pure helpers that turn it into what pages
 * show: the footer's lines (empty fields left out) and the theme's CSS variables.
 */
import type { ImageMetadata } from 'astro';

interface Palette {
  /** Headers, headings and links (text on `paper` must stay readable) */
  brand: string;
  /** The page background */
  paper: string;
  /** Decoration: rules, the emblem's ring */
  gold: string;
}

export interface FooterFields {
  sponsor: string;
  organizer: string;
  contact: string;
  icp: string;
  policeRecord: string;
  siteCode: string;
}

export interface SiteConfig {
  name: string;
  shortName: string;
  description: string;
  emblem: { src: ImageMetadata; alt: string };
  masthead: ImageMetadata;
  colors: { light: Palette; dark: Palette };
  footer: FooterFields;
}

/** The MIIT filing system every ICP number links to, as the rules for Chinese websites ask. */
export const ICP_URL = 'https://beian.miit.gov.cn/';

export interface FooterLine {
  label: string;
  text: string;
  href?: string;
}

const FOOTER_LABELS: [keyof FooterFields, string][] = [
  ['sponsor', '主办单位'],
  ['organizer', '承办单位'],
  ['contact', '联系方式'],
  ['icp', 'ICP备案号'],
  ['policeRecord', '公安备案号'],
  ['siteCode', '网站标识码'],
];

/** The footer's lines in the order public sites show them; empty fields are left out. */
export function footerLines(footer: FooterFields): FooterLine[] {
  return FOOTER_LABELS.filter(([key]) => footer[key].trim() !== '').map(([key, label]) => ({
    label,
    text: footer[key].trim(),
    href: key === 'icp' ? ICP_URL : undefined,
  }));
}

const HEX = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;

function paletteVariables(palette: Palette): string {
  for (const [name, value] of Object.entries(palette))
    if (!HEX.test(value)) throw new Error(`src/site.config.ts：colors 中的 ${name} 应为 #rrggbb 形式的颜色，现为「${value}」`);
  return `--color-brand:${palette.brand};--color-paper:${palette.paper};--color-gold:${palette.gold};`;
}

/** The config's colours as CSS custom properties over the design tokens, light and dark. */
export function themeCss(colors: SiteConfig['colors']): string {
  return `:root{${paletteVariables(colors.light)}}` + `@media (prefers-color-scheme:dark){:root{${paletteVariables(colors.dark)}}}`;
}
