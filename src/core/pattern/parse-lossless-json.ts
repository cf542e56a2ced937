import { printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { numberFromText } from './exact-number';
import type { PatternJson, PatternObject } from './pattern-json';

export type LosslessParse =
  { ok: true; value: PatternJson; duplicateKeys: { key: string; offset: number }[] } | { ok: false; message: string; offset: number };

/**
 * Strict JSON that keeps what JSON.parse loses: numbers a double cannot hold keep their text, and
 * repeated keys are reported (EventBridge keeps the last one; people expect both to apply).
 */
export function parseLosslessJson(text: string): LosslessParse {
  const stack: (PatternJson[] | PatternObject)[] = [];
  const keys: string[] = [];
  const seen: Set<string>[] = [];
  const duplicateKeys: { key: string; offset: number }[] = [];
  let root: PatternJson | undefined;
  let error: ParseError | undefined;
  const put = (value: PatternJson) => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = value;
    else if (Array.isArray(parent)) parent.push(value);
    else parent[keys.pop()!] = value;
  };
  visit(
    text,
    {
      onObjectBegin: () => {
        const object: PatternObject = {};
        put(object);
        stack.push(object);
        seen.push(new Set());
      },
      onObjectEnd: () => void (stack.pop(), seen.pop()),
      onObjectProperty: (key, offset) => {
        const keysHere = seen[seen.length - 1]!;
        if (keysHere.has(key)) duplicateKeys.push({ key, offset });
        keysHere.add(key);
        keys.push(key);
      },
      onArrayBegin: () => {
        const array: PatternJson[] = [];
        put(array);
        stack.push(array);
      },
      onArrayEnd: () => void stack.pop(),
      onLiteralValue: (value: unknown, offset, length) =>
        put(typeof value === 'number' ? numberFromText(text.slice(offset, offset + length)) : (value as PatternJson)),
      onError: (code, offset) => {
        error ??= { error: code, offset, length: 0 };
      },
    },
    { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false },
  );
  if (error) return { ok: false, message: describeError(printParseErrorCode(error.error)), offset: error.offset };
  if (root === undefined) return { ok: false, message: 'There is no JSON here.', offset: 0 };
  return { ok: true, value: root, duplicateKeys };
}

const WORDS: Record<string, string> = {
  PropertyNameExpected: 'a property name in double quotes was expected (no trailing comma before "}")',
  ValueExpected: 'a value was expected (no trailing comma before "]")',
  CommaExpected: 'a comma was expected',
  ColonExpected: 'a colon was expected',
  CloseBraceExpected: 'a closing "}" was expected',
  CloseBracketExpected: 'a closing "]" was expected',
  InvalidSymbol: 'this is not valid JSON here',
  EndOfFileExpected: 'the text goes on after the end of the JSON value',
  InvalidCommentToken: 'JSON does not allow comments',
  UnexpectedEndOfString: 'a string is not closed',
};

function describeError(code: string): string {
  return `Not valid JSON: ${WORDS[code] ?? code}.`;
}
