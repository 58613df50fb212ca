/** Argument parsing shared by the command-line tools: options, --help, and exit codes for usage mistakes. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Reads a tool's arguments (its options, a --help/-h flag and any paths). On --help it
 * prints the usage and on a usage mistake the mistake and the usage, and returns the
 * exit code to end with (0 or 2) instead of the arguments.
 */
export function parseToolArgs<O extends Options>(argv: string[], options: O, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}
