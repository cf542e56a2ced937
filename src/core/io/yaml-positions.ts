import { isNode, isPair, isScalar, parseDocument, type Node } from 'yaml';
import { segmentsOf } from '../validate/pointer';
import { CFN_YAML_TAGS } from './cfn-yaml-tags';
import { lineColumnAt } from './parse-result';
import type { TextPosition } from './json-positions';

/** Where a JSON pointer lands in a YAML text: the key of the property, or the nearest existing parent. */
export function positionOfPointerInYaml(text: string, pointer: string): TextPosition | undefined {
  const doc = parseDocument(text, { customTags: CFN_YAML_TAGS, keepSourceTokens: false });
  if (doc.errors.length > 0) return undefined;
  const segments: (string | number)[] = segmentsOf(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = segments.length; n >= 0; n--) {
    const path = segments.slice(0, n);
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (!isNode(node)) continue;
    const parent = path.length > 0 ? doc.getIn(path.slice(0, -1), true) : undefined;
    const key = keyNodeOf(parent, path[path.length - 1]);
    const range = (key ?? (node as Node)).range;
    if (!range) continue;
    return { offset: range[0], length: range[1] - range[0], ...lineColumnAt(text, range[0]) };
  }
  return undefined;
}

function keyNodeOf(parent: unknown, key: string | number | undefined): Node | undefined {
  if (key === undefined || !parent || typeof parent !== 'object' || !('items' in parent)) return undefined;
  const items = (parent as { items: unknown[] }).items;
  for (const item of items) if (isPair(item) && isScalar(item.key) && item.key.value === key) return item.key;
  return undefined;
}
