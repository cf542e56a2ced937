import { readFile } from 'node:fs/promises';
import { parseArgs, USAGE } from './args';
import { exitCodeOf, lintText, PARSE_RULE_ID, type FileResult } from './lint-files';
import { formatText } from './format-text';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { testPattern } from './test-pattern';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
}

const nodeIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFile(p, 'utf8'),
};

/** Runs the command line; returns the exit code. */
export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (command.kind === 'error') {
    io.stderr(`${command.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.kind === 'test-pattern') return testPattern(command.pattern, command.event, io);
  const results: FileResult[] = [];
  for (const file of command.files) {
    try {
      results.push(lintText(file, await io.readFile(file)));
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e);
      const message = `Cannot read ${file}: ${reason}.`;
      results.push({
        file,
        unreadable: message,
        findings: [{ file, ruleId: PARSE_RULE_ID, severity: 'error', message, resource: null, path: '' }],
      });
    }
  }
  const format = { text: formatText, json: formatJson, sarif: formatSarif }[command.format];
  io.stdout(format(results));
  if (command.format !== 'text') for (const r of results) if (r.unreadable) io.stderr(`${r.unreadable}\n`);
  return exitCodeOf(results);
}
