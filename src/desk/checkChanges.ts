/**
 * The content checks over the site as it would be after a change the desk is about to
 * make (entries written, files deleted, pictures added), without touching the working
 * tree. The checks read files, so the change is laid over a scratch copy of the
 * content: entry files are copied (a few hundred KB for a real showcase), pictures are
 * linked, and a new picture is an empty file, since the checks only ask whether it exists.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, isAbsolute, join, normalize, relative } from 'node:path';
import { formatFinding, formatSummary, lintContent } from '../checks/lintContent.ts';
import type { Finding } from '../checks/types.ts';

/** One file the desk writes or deletes, by its path in the project (`src/content/units/x.mdx`). */
export interface FileChange {
  path: string;
  /** The new text of an entry; absent when the file is deleted. */
  raw?: string;
  /** A picture uploaded with the entry: only its existence matters to the checks. */
  asset?: boolean;
}

export interface ChangeVerdict {
  /** The checks' lines about the changed files, and errors the change would cause in other files. */
  lines: string[];
  errorCount: number;
  warningCount: number;
  /** The whole site's verdict after the change, as `npm run lint:content` would print it. */
  summary: string;
}

/** The folders the checks read: entries and metrics.yaml, and the pictures entries name. */
const SCRATCH_FOLDERS = ['src/content', 'src/assets'];
const TEXT = new Set(['.md', '.mdx', '.yaml', '.yml']);

/** A project-relative path the desk may change, or undefined for anything outside the content and the pictures. */
function projectPath(path: string): string | undefined {
  const clean = normalize(path).replace(/\\/g, '/');
  if (isAbsolute(clean) || clean.startsWith('..')) return undefined;
  return SCRATCH_FOLDERS.some((folder) => clean.startsWith(`${folder}/`)) ? clean : undefined;
}

function scratchCopy(root: string): string {
  const scratch = mkdtempSync(join(tmpdir(), 'showcase-desk-check-'));
  for (const folder of SCRATCH_FOLDERS) {
    const from = join(root, folder);
    const entries = (() => {
      try {
        return readdirSync(from, { recursive: true, withFileTypes: true });
      } catch {
        return [];
      }
    })();
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const source = join(entry.parentPath, entry.name);
      const target = join(scratch, relative(root, source));
      mkdirSync(dirname(target), { recursive: true });
      // A link, never a copy, for pictures; entries are copied because a change replaces them.
      if (TEXT.has(extname(entry.name).toLowerCase())) copyFileSync(source, target);
      else symlinkSync(source, target);
    }
  }
  return scratch;
}

const findingKey = (finding: Finding) => `${finding.file}|${finding.rule}|${finding.field ?? ''}|${finding.message}`;

/** Runs every check, as the build does, over the content with `changes` applied. */
export async function checkChanges(root: string, changes: readonly FileChange[]): Promise<ChangeVerdict> {
  const scratch = scratchCopy(root);
  try {
    const changed = new Set<string>();
    for (const change of changes) {
      const path = projectPath(change.path);
      if (!path) throw new Error(`编辑台只能修改 src/content 和 src/assets 里的文件，收到：${change.path}`);
      const target = join(scratch, path);
      rmSync(target, { force: true });
      if (change.raw === undefined && !change.asset) {
        changed.add(path);
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, change.raw ?? '');
      if (!change.asset) changed.add(path);
    }
    const after = await lintContent({ root: scratch, cwd: scratch });
    const own = after.findings.filter((finding) => changed.has(finding.file));
    const elsewhere = after.findings.filter((finding) => finding.severity === 'error' && !changed.has(finding.file));
    // Errors elsewhere count only when the change brought them (a unit deleted that reports name), not those already there.
    let caused: Finding[] = [];
    if (elsewhere.length > 0) {
      const before = new Set((await lintContent({ root, cwd: root })).findings.map(findingKey));
      caused = elsewhere.filter((finding) => !before.has(findingKey(finding)));
    }
    const findings = [...own, ...caused];
    const errorCount = findings.filter((finding) => finding.severity === 'error').length;
    return {
      lines: findings.map(formatFinding),
      errorCount,
      warningCount: findings.length - errorCount,
      summary: formatSummary(after.errorCount, after.warningCount, after.fileCount),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
