import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

/**
 * Every built page validates against html-validate's recommended rules, less the
 * few in .htmlvalidate.json that only judge formatting style (Astro's own output).
 */
for (const build of ['dist', 'dist-subpath']) {
  test(`every HTML page of ${build}/ is valid`, async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = readdirSync(build, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(build, page));
      for (const message of report.results.flatMap((result) => result.messages)) {
        problems.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
}
