/**
 * The desk's save gate on the dev server: decap-server writes whatever it is sent, so
 * every write and delete the desk asks of it passes here first and is refused when the
 * content checks find an error it would cause. The desk's page checks the entry before
 * saving (POST /admin/check) to show the findings beside the form; a change it checked
 * and found clean a moment ago is let through without running the checks a second time.
 */
import { createHash } from 'node:crypto';
import { checkChanges, type ChangeVerdict, type FileChange } from './checkChanges.ts';

/** How long a clean verdict from the page stands for the write that follows it. */
const CLEAN_FOR_MS = 60_000;

interface BackendRequest {
  action?: string;
  params?: {
    entry?: { path: string; raw: string; newPath?: string };
    dataFiles?: { path: string; raw: string; newPath?: string }[];
    assets?: { path: string }[];
    path?: string;
    paths?: string[];
    /** A read's parameters (folder, extension…), which the gate passes on untouched. */
    [other: string]: unknown;
  };
}

/** The files a decap-server request (its `/api/v1` body) would change; none for a read. */
export function changesOf(request: BackendRequest): FileChange[] {
  const params = request.params ?? {};
  switch (request.action) {
    case 'persistEntry': {
      const files = params.dataFiles ?? (params.entry ? [params.entry] : []);
      return [
        ...files.flatMap(({ path, raw, newPath }) => (newPath ? [{ path: newPath, raw }, { path }] : [{ path, raw }])),
        ...(params.assets ?? []).map(({ path }) => ({ path, asset: true })),
      ];
    }
    case 'deleteFile':
      return params.path ? [{ path: params.path }] : [];
    case 'deleteFiles':
      return (params.paths ?? []).map((path) => ({ path }));
    default:
      return [];
  }
}

/** The entries' text, not the pictures: what the page checks before it saves. */
const keyOf = (changes: readonly FileChange[]) =>
  createHash('sha256')
    .update(
      JSON.stringify(
        changes
          .filter((change) => !change.asset)
          .map((change) => [change.path, change.raw ?? null])
          .sort(),
      ),
    )
    .digest('hex');

export interface SaveGate {
  /** Checks a change the page is about to save; a clean one is remembered for the write. */
  check(changes: readonly FileChange[]): Promise<ChangeVerdict>;
  /** Why decap-server must not do this request, or undefined when it may. */
  refusal(request: BackendRequest): Promise<string | undefined>;
}

export function createSaveGate(root: string): SaveGate {
  const clean = new Map<string, number>();
  return {
    async check(changes) {
      const verdict = await checkChanges(root, changes);
      if (verdict.errorCount === 0) clean.set(keyOf(changes), Date.now());
      return verdict;
    },
    async refusal(request) {
      const changes = changesOf(request);
      if (changes.length === 0) return undefined;
      const key = keyOf(changes);
      const checkedAt = clean.get(key);
      clean.delete(key);
      if (checkedAt !== undefined && Date.now() - checkedAt < CLEAN_FOR_MS) return undefined;
      const verdict = await checkChanges(root, changes);
      if (verdict.errorCount === 0) return undefined;
      return [`有 ${verdict.errorCount} 个错误，没有保存：`, ...verdict.lines.filter((line) => line.startsWith('【错误】'))].join('\n');
    },
  };
}
