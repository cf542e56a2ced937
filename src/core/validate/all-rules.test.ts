import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './all-rules';
import { renderRulesDoc } from './rules-doc';

const rulesDir = fileURLToPath(new URL('./rules/', import.meta.url));
const docPath = fileURLToPath(new URL('../../../docs/rules.md', import.meta.url));

function fixtureDirs(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === '__fixtures__') for (const id of readdirSync(path)) out.set(id, join(path, id));
    else fixtureDirs(path, out);
  }
  return out;
}

describe('the rule registry', () => {
  it('has unique, well-formed ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z]+-\d{2}[a-z]?$/);
  });

  it('gives every rule a one-line title, a reason and an https source', () => {
    for (const r of ALL_RULES) {
      expect(r.title, r.id).toMatch(/^[^\n]{5,90}$/);
      expect(r.why.length, r.id).toBeGreaterThan(20);
      expect(r.source, r.id).toMatch(/^https:\/\//);
    }
  });

  it('gives every rule a good and a bad fixture template', () => {
    const dirs = fixtureDirs(rulesDir);
    for (const r of ALL_RULES) {
      const dir = dirs.get(r.id);
      expect(dir, `${r.id} has no __fixtures__/${r.id} folder`).toBeDefined();
      const files = existsSync(dir!) ? readdirSync(dir!) : [];
      expect(
        files.some((f) => f.startsWith('good')),
        `${r.id} has no good fixture`,
      ).toBe(true);
      expect(
        files.some((f) => f.startsWith('bad')),
        `${r.id} has no bad fixture`,
      ).toBe(true);
    }
  });

  it('is documented in docs/rules.md (run `npm run docs:rules` after changing a rule)', () => {
    const expected = renderRulesDoc(ALL_RULES);
    if (process.env.UPDATE_RULES_DOC) writeFileSync(docPath, expected);
    expect(existsSync(docPath) ? readFileSync(docPath, 'utf8') : '').toBe(expected);
  });
});
