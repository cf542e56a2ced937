import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { segmentsOf } from '../validate/pointer';
import { lineColumnAt } from './parse-result';

export interface TextPosition {
  offset: number;
  length: number;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/**
 * Where a JSON pointer lands in a JSON text: the value at that path, or, when the path does not
 * exist (a missing property), the nearest parent that does. For object keys, the property's key.
 */
export function positionOfPointer(text: string, pointer: string, tree: Node | undefined = parseTree(text)): TextPosition | undefined {
  if (!tree) return undefined;
  const segments: (string | number)[] = segmentsOf(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, segments.slice(0, n));
    if (!node) continue;
    // Point at the key of a property, so a marker sits where a person looks for the name.
    const target = node.parent?.type === 'property' && node.parent.children?.[0] ? node.parent.children[0] : node;
    return { offset: target.offset, length: target.length, ...lineColumnAt(text, target.offset) };
  }
  return undefined;
}
