import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Published templates (AWS's serverless patterns and other public samples) kept beside the project, in ../shared/corpus. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

/** Every template file below a folder of the corpus (JSON, YAML, .template), without the manifest. */
export function corpusTemplates(dir: string = CORPUS_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return corpusTemplates(path);
    return /\.(ya?ml|json|template)$/.test(name) && name !== 'manifest.json' ? [path] : [];
  });
}
