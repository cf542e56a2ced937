export type OutputFormat = 'text' | 'json' | 'sarif';

export type Command =
  | { kind: 'lint'; files: string[]; format: OutputFormat }
  | { kind: 'test-pattern'; pattern: string; event: string }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

export const USAGE = `Usage:
  eventbridge-designer lint <file...> [--format text|json|sarif]
      Checks CloudFormation templates (JSON or YAML) for EventBridge permission and structure problems.
      Exit code: 0 no errors, 1 at least one error, 2 a file could not be read or parsed.

  eventbridge-designer test-pattern --pattern <file> --event <file>
      Tests an event pattern against an event, as EventBridge matches them.
      Prints "match" (exit 0) or "no match" and the fields that failed (exit 1);
      an invalid pattern or event prints the reason (exit 2).`;

function parseTestPattern(rest: string[]): Command {
  const files: Record<string, string | undefined> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const name = arg.replace(/^--/, '').split('=')[0]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (name !== 'pattern' && name !== 'event') return { kind: 'error', message: `Unknown option "${arg}".` };
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
    if (!value) return { kind: 'error', message: `--${name} needs a file.` };
    files[name] = value;
  }
  if (!files.pattern || !files.event) return { kind: 'error', message: 'test-pattern needs --pattern <file> and --event <file>.' };
  return { kind: 'test-pattern', pattern: files.pattern, event: files.event };
}

/** Reads the command line: `lint <file...> [--format ...]` or `test-pattern --pattern <file> --event <file>`. */
export function parseArgs(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === 'test-pattern') return parseTestPattern(rest);
  if (command !== 'lint') return { kind: 'error', message: `Unknown command "${command}".` };
  let format: OutputFormat = 'text';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format' || arg === '-f' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== 'text' && value !== 'json' && value !== 'sarif')
        return { kind: 'error', message: `--format takes text, json or sarif, not "${value ?? ''}".` };
      format = value;
    } else if (arg === '--help' || arg === '-h') return { kind: 'help' };
    else if (arg.startsWith('-') && arg !== '-') return { kind: 'error', message: `Unknown option "${arg}".` };
    else files.push(arg);
  }
  if (files.length === 0) return { kind: 'error', message: 'Name at least one template file to lint.' };
  return { kind: 'lint', files, format };
}
