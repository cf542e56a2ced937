import { describeMismatch } from '../core/pattern/describe-mismatch';
import { matchPattern } from '../core/pattern/match-pattern';
import { readEventText } from '../core/pattern/read-event-text';
import { readPatternText } from '../core/pattern/read-pattern-text';
import type { Io } from './main';

const where = (text: string, offset: number | undefined) => {
  if (offset === undefined) return '';
  const before = text.slice(0, offset).split('\n');
  return ` (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
};

/**
 * `test-pattern`: "match" and exit 0, "no match" with the failing fields and exit 1, the reason and
 * exit 2 when the pattern or event cannot be used.
 */
export async function testPattern(patternFile: string, eventFile: string, io: Io): Promise<number> {
  let patternText: string;
  let eventText: string;
  try {
    patternText = await io.readFile(patternFile);
    eventText = await io.readFile(eventFile);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.stderr(`Cannot read ${err.path ?? 'a file'}: ${err.code === 'ENOENT' ? 'no such file' : err.message}.\n`);
    return 2;
  }
  const pattern = readPatternText(patternText);
  if (!pattern.pattern || pattern.problems.length > 0) {
    for (const p of pattern.problems)
      io.stderr(`${patternFile}: invalid pattern${p.pointer ? ` at ${p.pointer}` : ''}${where(patternText, p.offset)}: ${p.message}\n`);
    return 2;
  }
  for (const w of pattern.warnings) io.stderr(`${patternFile}: warning${where(patternText, w.offset)}: ${w.message}\n`);
  const event = readEventText(eventText);
  if (!event.event) {
    io.stderr(`${eventFile}: not an event${where(eventText, event.problem?.offset)}: ${event.problem?.message ?? ''}\n`);
    return 2;
  }
  for (const w of event.warnings) io.stderr(`${eventFile}: warning: ${w}\n`);
  const result = matchPattern(pattern.pattern, event.event);
  if (result.matches) {
    io.stdout('match\n');
    return 0;
  }
  io.stdout(`no match\n${result.mismatches.map((m) => `  ${describeMismatch(m)}\n`).join('')}`);
  return 1;
}
