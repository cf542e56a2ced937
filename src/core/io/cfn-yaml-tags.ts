import { isMap, isScalar, isSeq, type ScalarTag, type CollectionTag } from 'yaml';

/**
 * CloudFormation's short-form YAML tags: `!Ref X` is `{"Ref": "X"}`, `!GetAtt A.B` is
 * `{"Fn::GetAtt": ["A", "B"]}`, and `!Sub`, `!Join`, ... are `{"Fn::Sub": ...}`, `{"Fn::Join": ...}`.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
export const SHORT_FORM_FUNCTIONS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'ForEach',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Length',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
  'If',
  'Equals',
  'And',
  'Or',
  'Not',
] as const;

/** The JSON key a short-form tag stands for. */
export function keyOfTag(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

function getAttValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const dot = value.indexOf('.');
  return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}

function tagsFor(name: string): (ScalarTag | CollectionTag)[] {
  const key = keyOfTag(name);
  const wrap = (value: unknown) => ({ [key]: name === 'GetAtt' ? getAttValue(value) : value });
  return [
    { tag: `!${name}`, resolve: (value: string) => wrap(value) } as ScalarTag,
    { tag: `!${name}`, collection: 'seq', resolve: (seq: unknown) => wrap(isSeq(seq) ? seq.toJSON() : seq) } as CollectionTag,
    { tag: `!${name}`, collection: 'map', resolve: (map: unknown) => wrap(isMap(map) ? map.toJSON() : map) } as CollectionTag,
  ];
}

/** Tags for the yaml parser: every short form, on scalars, sequences and mappings. */
export const CFN_YAML_TAGS: (ScalarTag | CollectionTag)[] = ['Ref', 'Condition', ...SHORT_FORM_FUNCTIONS].flatMap(tagsFor);

export { isScalar };
