import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { main, type Io } from './main';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const { readFile } = await import('node:fs/promises');
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readFile: (p) => readFile(p, 'utf8') };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('parseArgs', () => {
  it('reads files and a format', () => {
    expect(parseArgs(['lint', 'a.json', '--format', 'json', 'b.yaml'])).toEqual({
      kind: 'lint',
      files: ['a.json', 'b.yaml'],
      format: 'json',
    });
    expect(parseArgs(['lint', '--format=sarif', 'a.json'])).toEqual({ kind: 'lint', files: ['a.json'], format: 'sarif' });
    expect(parseArgs(['lint'])).toEqual({ kind: 'error', message: 'Name at least one template file to lint.' });
    expect(parseArgs(['lint', 'a', '--format', 'xml'])).toEqual({
      kind: 'error',
      message: '--format takes text, json or sarif, not "xml".',
    });
    expect(parseArgs(['check'])).toEqual({ kind: 'error', message: 'Unknown command "check".' });
    expect(parseArgs([])).toEqual({ kind: 'help' });
  });
});

describe('eventbridge-designer lint', () => {
  it('exits 0 for templates without errors, JSON or YAML', async () => {
    const { code, out } = await run(['lint', fixture('good.json'), fixture('good.yaml')]);
    expect(code).toBe(0);
    expect(out).toMatch(/2 files checked: 0 errors, 0 warnings; 2 without problems\./);
  });

  it('gives a SAM template the verdict the validator gives it: the serverless pattern codecommit-s3 has no problem', async () => {
    const { code, out } = await run(['lint', fixture('codecommit-s3_template.yaml')]);
    expect(code).toBe(0);
    expect(out).toMatch(/1 file checked: 0 errors, 0 warnings\./);
    expect(out).not.toMatch(/\berror\b {2,}/);
  });

  it('exits 1 with an error, printing where it is', async () => {
    const { code, out } = await run(['lint', fixture('missing-permission.json')]);
    expect(code).toBe(1);
    expect(out).toMatch(/missing-permission\.json:90:11 {2}error {4}TGT-04 {4}Nothing allows EventBridge to invoke TestLambdaFunction/);
  });

  it('prints an array of {file, ruleId, severity, message, resource, path, line, column} with --format json', async () => {
    const { code, out } = await run(['lint', '--format', 'json', fixture('missing-permission.json')]);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual([
      {
        file: fixture('missing-permission.json'),
        ruleId: 'TGT-04',
        severity: 'error',
        message: expect.stringMatching(/^Nothing allows EventBridge/),
        resource: 'InvokeLambdaFunctionEventRule',
        path: '/Resources/InvokeLambdaFunctionEventRule/Properties/Targets/0',
        line: 90,
        column: 11,
      },
    ]);
  });

  it("exits 2 when a file cannot be parsed or read, saying why, beside the other files' findings", async () => {
    const { code, out, err } = await run([
      'lint',
      '--format',
      'json',
      fixture('trailing-commas.json'),
      fixture('missing-permission.json'),
      'no-such-file.json',
    ]);
    expect(code).toBe(2);
    const rows = JSON.parse(out) as { ruleId: string; message: string; line: number | null }[];
    expect(rows.map((r) => r.ruleId)).toEqual(['PARSE', 'TGT-04', 'PARSE']);
    expect(rows[0]).toMatchObject({ message: expect.stringMatching(/trailing comma/), line: 11, column: 9 });
    expect(rows[2]).toMatchObject({ message: 'Cannot read no-such-file.json: no such file.', line: null, column: null });
    expect(err).toContain(`Cannot parse ${fixture('trailing-commas.json')}:11:9: Not valid JSON:`);
    expect(err).toContain('Cannot read no-such-file.json: no such file.');
  });

  it('writes SARIF 2.1.0 with rule metadata and regions', async () => {
    const { out } = await run(['lint', '--format', 'sarif', fixture('missing-permission.json')]);
    const sarif = JSON.parse(out) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: { ruleId: string; level: string; locations: { physicalLocation: { region: object } }[] }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toContain('TGT-04');
    expect(sarif.runs[0]!.results[0]).toMatchObject({
      ruleId: 'TGT-04',
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 90, startColumn: 11 } } }],
    });
  });

  it('runs as a real command from the checkout', async () => {
    const bin = fileURLToPath(new URL('../../bin/eventbridge-designer.mjs', import.meta.url));
    const result = await promisify(execFile)('node', [bin, 'lint', '--format', 'json', fixture('good.json')]).catch(
      (e: { stdout: string; code: number }) => e,
    );
    expect(JSON.parse(result.stdout)).toEqual([]);
    const failing = await promisify(execFile)('node', [bin, 'lint', fixture('missing-permission.json')]).then(
      () => ({ code: 0 }),
      (e: { code: number }) => e,
    );
    expect(failing.code).toBe(1);
  }, 20_000);
});

describe('eventbridge-designer lint, files that do not parse', () => {
  const broken = [
    {
      name: 'invalid.yaml',
      message: /^Not valid YAML: Implicit keys of flow sequence pairs need to be on a single line$/,
      line: 6,
      column: 18,
    },
    { name: 'duplicate-key.json', message: /^The key "Queue" appears twice in the same object/, line: 6, column: 5 },
    { name: 'duplicate-key.yaml', message: /^The key "Queue" appears twice in the same mapping/, line: 4, column: 3 },
  ];
  const files = [...broken.map((b) => fixture(b.name)), fixture('missing-permission.json'), fixture('good.yaml')];

  it('reports each as a PARSE error with line and column in --format json, beside the other files, exit 2', async () => {
    const { code, out, err } = await run(['lint', '--format', 'json', ...files]);
    expect(code).toBe(2);
    const rows = JSON.parse(out) as { file: string }[];
    expect(rows).toEqual([
      ...broken.map((b) => ({
        file: fixture(b.name),
        ruleId: 'PARSE',
        severity: 'error',
        message: expect.stringMatching(b.message),
        resource: null,
        path: '',
        line: b.line,
        column: b.column,
      })),
      expect.objectContaining({ file: fixture('missing-permission.json'), ruleId: 'TGT-04', severity: 'error', line: 90 }),
    ]);
    for (const b of broken) expect(err).toContain(`Cannot parse ${fixture(b.name)}:${b.line}:${b.column}: `);
  });

  it('gives each a SARIF result at its artifact and region, beside the other results, exit 2', async () => {
    const { code, out } = await run(['lint', '--format', 'sarif', ...files]);
    expect(code).toBe(2);
    const run0 = (
      JSON.parse(out) as {
        runs: {
          tool: { driver: { rules: { id: string }[] } };
          results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
        }[];
      }
    ).runs[0]!;
    expect(run0.results).toEqual([
      ...broken.map((b) => ({
        ruleId: 'PARSE',
        ruleIndex: run0.tool.driver.rules.findIndex((r) => r.id === 'PARSE'),
        level: 'error',
        message: { text: expect.stringMatching(b.message) },
        locations: [
          { physicalLocation: { artifactLocation: { uri: fixture(b.name) }, region: { startLine: b.line, startColumn: b.column } } },
        ],
      })),
      expect.objectContaining({
        ruleId: 'TGT-04',
        locations: [
          expect.objectContaining({
            physicalLocation: expect.objectContaining({ artifactLocation: { uri: fixture('missing-permission.json') } }),
          }),
        ],
      }),
    ]);
  });

  it('prints each as a PARSE error line at file:line:column in text, beside the other findings, exit 2', async () => {
    const { code, out, err } = await run(['lint', ...files]);
    expect(code).toBe(2);
    expect(err).toBe('');
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    broken.forEach((b, i) => {
      const [where, rest] = lines[i]!.split(/ {2}error {4}PARSE {5}/);
      expect(where).toBe(`${fixture(b.name)}:${b.line}:${b.column}`);
      expect(rest).toMatch(b.message);
      expect(rest).not.toMatch(/line \d/);
    });
    expect(lines[3]).toMatch(/missing-permission\.json:90:11 {2}error {4}TGT-04 /);
    expect(lines[4]).toBe('5 files checked: 4 errors, 0 warnings; 1 without problems; 3 could not be read or parsed.');
  });
});

describe('eventbridge-designer test-pattern', () => {
  const testPattern = (pattern: string, event: string) => run(['test-pattern', '--pattern', fixture(pattern), '--event', fixture(event)]);

  it('prints "match" and exits 0 when the rule would receive the event', async () => {
    expect(await testPattern('pattern-ec2-running.json', 'event-ec2-running.json')).toEqual({ code: 0, out: 'match\n', err: '' });
  });

  it('prints "no match" and the field that failed, exit 1', async () => {
    const { code, out } = await testPattern('pattern-ec2-running.json', 'event-ec2-stopped.json');
    expect(code).toBe(1);
    expect(out).toBe('no match\n  detail.state: the event has "stopped"; the pattern wants ["running"].\n');
  });

  it('prints why a pattern is invalid, exit 2', async () => {
    const { code, out, err } = await testPattern('pattern-not-a-list.json', 'event-ec2-running.json');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/pattern-not-a-list\.json: invalid pattern at \/source: "source" must be an object or an array/);
  });

  it('refuses an event that is not a JSON object, or a missing file, exit 2', async () => {
    const notEvent = await testPattern('pattern-ec2-running.json', 'event-not-an-object.json');
    expect(notEvent.code).toBe(2);
    expect(notEvent.err).toMatch(/event-not-an-object\.json: not an event: An event is a JSON object/);
    const missing = await testPattern('pattern-ec2-running.json', 'no-such-event.json');
    expect(missing).toMatchObject({ code: 2, err: expect.stringMatching(/Cannot read .*no-such-event\.json: no such file\./) });
  });

  it('reads --pattern=<file> and asks for both files', () => {
    expect(parseArgs(['test-pattern', '--pattern=p.json', '--event', 'e.json'])).toEqual({
      kind: 'test-pattern',
      pattern: 'p.json',
      event: 'e.json',
    });
    expect(parseArgs(['test-pattern', '--pattern', 'p.json'])).toEqual({
      kind: 'error',
      message: 'test-pattern needs --pattern <file> and --event <file>.',
    });
  });
});
