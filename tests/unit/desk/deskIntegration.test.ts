import type { AstroIntegration } from 'astro';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import desk from '../../../integrations/desk.ts';

const root = resolve(import.meta.dirname, '../../..');
const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
let out: string | undefined;

afterEach(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

async function build(integration: AstroIntegration): Promise<string> {
  out = mkdtempSync(join(tmpdir(), 'showcase-desk-build-'));
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:setup']?.({ config: { root: pathToFileURL(`${root}/`), base: '/', site: 'https://mztj.example.gov.cn' } });
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${out}/`), logger });
  return out;
}

describe('the desk in the public build', { timeout: 60_000 }, () => {
  test('is absent unless the site config names a Git host', async () => {
    const dist = await build(desk());
    expect(existsSync(join(dist, 'admin'))).toBe(false);
  });

  test('with a Git host, dist/admin/ holds the desk editing through that host with its review workflow', async () => {
    const dist = await build(desk({ gitHost: { name: 'gitlab', repo: 'office/showcase', auth_type: 'pkce', app_id: 'abc' } }));
    expect(readFileSync(join(dist, 'admin/index.html'), 'utf8')).toContain('<script src="desk.js"></script>');
    expect(existsSync(join(dist, 'admin/desk.js'))).toBe(true);
    // The region picker's data, which the dev server answers on request, is written as files.
    const upper = JSON.parse(readFileSync(join(dist, 'admin/divisions/upper.json'), 'utf8')) as string[][];
    expect(upper).toContainEqual(['533103', '芒市', '533100']);
    expect(JSON.parse(readFileSync(join(dist, 'admin/divisions/53.json'), 'utf8'))).toContainEqual(['533103102', '遮放镇', '533103']);
    const setup = JSON.parse(readFileSync(join(dist, 'admin/desk.json'), 'utf8'));
    expect(setup.config.backend).toEqual({ name: 'gitlab', repo: 'office/showcase', branch: 'main', auth_type: 'pkce', app_id: 'abc' });
    expect(setup.config.publish_mode).toBe('editorial_workflow');
    expect(setup.config.site_url).toBe('https://mztj.example.gov.cn/');
    expect(setup.checks).toBe(false);
  });
});
