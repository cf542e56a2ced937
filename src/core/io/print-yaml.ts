import { Document, isMap, isPair, isScalar, isSeq, visit, type Node } from 'yaml';
import type { Json } from '../template/json';
import { SHORT_FORM_FUNCTIONS } from './cfn-yaml-tags';

const TAG_OF_KEY = new Map<string, string>([
  ['Ref', '!Ref'],
  ['Condition', '!Condition'],
  ...SHORT_FORM_FUNCTIONS.map((name): [string, string] => [`Fn::${name}`, `!${name}`]),
]);

function isIntrinsicMap(node: Node): boolean {
  if (!isMap(node) || node.items.length !== 1) return false;
  const pair = node.items[0];
  return isPair(pair) && isScalar(pair.key) && TAG_OF_KEY.has(String(pair.key.value));
}

/**
 * The template as YAML, intrinsics in CloudFormation's short form (`!Ref X`, `!GetAtt A.B`,
 * `!Sub ...`), keys in their order. Parsing the result gives back the same JSON.
 */
export function printYaml(template: Json): string {
  const doc = new Document(template, { aliasDuplicateObjects: false });
  visit(doc, {
    Map(_, node) {
      if (node.items.length !== 1) return undefined;
      const pair = node.items[0];
      if (!isPair(pair) || !isScalar(pair.key)) return undefined;
      const tag = TAG_OF_KEY.get(String(pair.key.value));
      const value = pair.value as Node | null;
      if (!tag || !value) return undefined;
      // `!Condition` is only a function inside Fn::If/And/Or/Not; a resource's Condition key must stay a key.
      if (tag === '!Condition') return undefined;
      // A node takes one tag: `!ImportValue !Sub x` is not YAML. When the argument is itself an
      // intrinsic, the outer function keeps its long form (`Fn::ImportValue: !Sub x`), as the
      // CloudFormation docs advise for nested short forms.
      if (isIntrinsicMap(value)) return undefined;
      if (
        tag === '!GetAtt' &&
        isSeq(value) &&
        value.items.length === 2 &&
        value.items.every((i) => isScalar(i) && typeof i.value === 'string' && !String(i.value).includes('.'))
      ) {
        const [id, attr] = value.items.map((i) => String((i as { value: unknown }).value));
        const short = doc.createNode(`${id}.${attr}`);
        short.tag = tag;
        return short;
      }
      if (isScalar(value) || isSeq(value) || isMap(value)) {
        value.tag = tag;
        return value;
      }
      return undefined;
    },
  });
  return doc.toString({ lineWidth: 0 });
}
