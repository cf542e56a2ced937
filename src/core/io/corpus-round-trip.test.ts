import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusTemplates } from '../corpus/corpus-files.test-helper';
import { readTemplate } from './read-template';
import { printYaml } from './print-yaml';
import { validate } from '../validate/validate';
import { deriveGraph } from '../graph/derive-graph';

const corpus = CORPUS_DIR;

const templates = corpusTemplates;

interface ManifestEntry {
  file: string;
  verdict: string;
}
// The manifest marks the templates whose text itself is broken (invalid YAML, duplicate keys).
const manifest = JSON.parse(readFileSync(join(corpus, 'public', 'manifest.json'), 'utf8')) as
  ManifestEntry[] | { templates: ManifestEntry[] };
const broken = new Set(
  (Array.isArray(manifest) ? manifest : manifest.templates).filter((m) => /^broken: (invalid )?YAML/i.test(m.verdict)).map((m) => m.file),
);
const isBroken = (file: string) => broken.has(file.split('/').pop()!);

describe('published templates', () => {
  const files = templates(corpus);

  it('that are broken are refused with the reason, the way the manifest says', () => {
    const opened = files.filter(isBroken).filter((f) => readTemplate(readFileSync(f, 'utf8')).ok);
    expect(broken.size).toBeGreaterThan(0);
    expect(opened).toEqual([]);
  });

  it('are all there to try', () => {
    expect(files.length).toBeGreaterThan(80);
  });

  it('open, draw and are judged without an exception, and survive export and re-import unchanged', () => {
    const failures: string[] = [];
    for (const file of files.filter((f) => !isBroken(f))) {
      const read = readTemplate(readFileSync(file, 'utf8'));
      if (!read.ok) {
        failures.push(`${file}: ${read.problem.message}`);
        continue;
      }
      deriveGraph(read.template);
      validate(read.template);
      const json = JSON.stringify(read.template, null, 2);
      const fromJson = readTemplate(json);
      const fromYaml = readTemplate(printYaml(read.template));
      if (!fromJson.ok || JSON.stringify(fromJson.template, null, 2) !== json) failures.push(`${file}: JSON round trip changed it`);
      if (!fromYaml.ok || JSON.stringify(fromYaml.template, null, 2) !== json) failures.push(`${file}: YAML round trip changed it`);
    }
    expect(failures).toEqual([]);
  });
});
