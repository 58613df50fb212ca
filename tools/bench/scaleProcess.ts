/**
 * Runs one command and measures it: wall time, each output line with the moment it
 * arrived (phases are timed from the build's own log lines), and the peak resident
 * memory of the whole process tree. The tree is sampled from /proc because the
 * build's memory lives in child processes (pagefind, workers) that
 * `process.resourceUsage()` of the parent never sees.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

interface LogLine {
  /** Milliseconds since the command started. */
  at: number;
  text: string;
}

export interface RunResult {
  code: number | null;
  wallMs: number;
  peakRssBytes: number;
  lines: LogLine[];
  /** Process-tree RSS over time, to find which phase the peak falls in. */
  samples: { at: number; rss: number }[];
}

const PAGE_SIZE = 4096;
const SAMPLE_EVERY_MS = 100;

function readOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Resident bytes of `root` and all its descendants, at this moment. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOr(`/proc/${name}/stat`);
    // The command name may hold spaces and parentheses; the fields after the last ')' do not.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isNaN(ppid)) children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    total += Number(readOr(`/proc/${pid}/statm`).split(' ')[1] ?? 0) * PAGE_SIZE;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command` in `cwd`; `echo` prints each output line as it comes. */
export function runMeasured(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<RunResult> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  let peakRssBytes = 0;
  const samples: { at: number; rss: number }[] = [];
  const sample = () => {
    if (child.pid === undefined) return;
    const rss = treeRss(child.pid);
    samples.push({ at: performance.now() - started, rss });
    peakRssBytes = Math.max(peakRssBytes, rss);
  };
  const sampler = setInterval(sample, SAMPLE_EVERY_MS);
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const text of parts) {
        lines.push({ at: performance.now() - started, text });
        if (options.echo) console.log(`    | ${text}`);
      }
    });
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code, wallMs: performance.now() - started, peakRssBytes, lines, samples });
    });
  });
}

/** The highest process-tree RSS sampled between two moments (ms since the start). */
export function peakBetween(result: RunResult, from = 0, to = Infinity): number {
  return result.samples.filter((sample) => sample.at >= from && sample.at <= to).reduce((peak, sample) => Math.max(peak, sample.rss), 0);
}

/** When the first line matching `pattern` arrived, in ms since the start. */
export function lineAt(result: RunResult, pattern: RegExp): number | undefined {
  return result.lines.find((line) => pattern.test(line.text))?.at;
}
