import { ALL_RULES } from '../core/validate/all-rules';
import { PARSE_RULE_ID, type FileResult } from './lint-files';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0, for code-scanning dashboards.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
export function formatSarif(results: FileResult[]): string {
  const rules = [
    ...ALL_RULES.map((r) => ({
      id: r.id,
      shortDescription: { text: r.title },
      fullDescription: { text: r.why },
      helpUri: r.source,
      defaultConfiguration: { level: LEVEL[r.severity] },
    })),
    { id: PARSE_RULE_ID, shortDescription: { text: 'The file is a JSON or YAML template' }, defaultConfiguration: { level: 'error' } },
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.file },
            ...(f.line ? { region: { startLine: f.line, startColumn: f.column ?? 1 } } : {}),
          },
          ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] } : {}),
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'eventbridge-designer', informationUri: 'https://github.com/', rules } }, results: sarifResults }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
