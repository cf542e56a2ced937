import { isScalar, parseDocument, visit, type Document } from 'yaml';
import type { Json } from '../template/json';
import { CFN_YAML_TAGS } from './cfn-yaml-tags';
import type { ParseResult } from './parse-result';

/**
 * Parses YAML with CloudFormation's short-form tags. Duplicate keys are errors, and aliases are
 * capped so an alias bomb ("billion laughs") is refused instead of expanded.
 */
export function parseYaml(text: string): ParseResult {
  const doc = parseDocument(text, { customTags: CFN_YAML_TAGS, uniqueKeys: true, prettyErrors: true, strict: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    const key = error.code === 'DUPLICATE_KEY' ? keyAt(doc, error.pos[0]) : undefined;
    const message =
      error.code === 'DUPLICATE_KEY'
        ? `${key !== undefined ? `The key ${JSON.stringify(key)}` : 'A key'} appears twice in the same mapping; CloudFormation would keep only one of them.`
        : `Not valid YAML: ${error.message.split('\n')[0]}`;
    return { ok: false, format: 'yaml', problem: { message, line: at?.line, column: at?.col } };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) as Json, format: 'yaml' };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      format: 'yaml',
      problem: {
        message: /alias/i.test(message)
          ? 'The YAML uses aliases so many times that expanding them would explode in size (an "alias bomb"); refused.'
          : `Not valid YAML: ${message}`,
      },
    };
  }
}

/** The text of the mapping key that starts at `offset`, so a duplicate key can be named. */
function keyAt(doc: Document, offset: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = String(pair.key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
