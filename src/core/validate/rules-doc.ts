import type { ValidationRule } from './types';

/** docs/rules.md, generated from the registry so it can never drift from the code. */
export function renderRulesDoc(rules: readonly ValidationRule[]): string {
  const rows = [...rules]
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
    .map((r) => `| ${r.id} | ${r.severity} | ${r.title} | ${r.why.replace(/\|/g, '\\|')} | [source](${r.source}) |`);
  return [
    '# Validation rules',
    '',
    'Generated from `src/core/validate/all-rules.ts` by `npm run docs:rules`; a unit test fails when this file is stale.',
    'Severity: **error** when the deploy fails or the target is never invoked; **warning** when it works but is',
    'insecure or fragile; **info** for advice.',
    '',
    '| id | severity | title | why | source |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
