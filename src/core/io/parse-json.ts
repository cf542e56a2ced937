import { parse, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import type { Json } from '../template/json';
import { lineColumnAt, type ParseResult } from './parse-result';

const MESSAGES: Record<string, string> = {
  PropertyNameExpected: 'a property name in double quotes was expected (a trailing comma before "}" is not allowed in JSON)',
  ValueExpected: 'a value was expected (a trailing comma before "]" is not allowed in JSON)',
  CommaExpected: 'a comma was expected',
  ColonExpected: 'a colon was expected',
  CloseBraceExpected: 'a closing "}" was expected',
  CloseBracketExpected: 'a closing "]" was expected',
  InvalidSymbol: 'this is not valid JSON here',
  EndOfFileExpected: 'the text goes on after the end of the JSON value',
  InvalidCommentToken: 'JSON does not allow comments',
  UnexpectedEndOfString: 'a string is not closed',
};

/** Parses strict JSON, reporting the first error, or a duplicate key, with its line and column. */
export function parseJson(text: string): ParseResult {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false }) as Json;
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    return {
      ok: false,
      format: 'json',
      problem: { message: `Not valid JSON: ${MESSAGES[code] ?? code}.`, ...lineColumnAt(text, first.offset) },
    };
  }
  const duplicate = firstDuplicateKey(text);
  if (duplicate) {
    return {
      ok: false,
      format: 'json',
      problem: {
        message: `The key "${duplicate.key}" appears twice in the same object; CloudFormation would keep only one of them.`,
        ...lineColumnAt(text, duplicate.offset),
      },
    };
  }
  return { ok: true, value, format: 'json' };
}

function firstDuplicateKey(text: string): { key: string; offset: number } | undefined {
  const stack: Set<string>[] = [];
  let found: { key: string; offset: number } | undefined;
  visit(text, {
    onObjectBegin: () => void stack.push(new Set()),
    onObjectEnd: () => void stack.pop(),
    onObjectProperty: (key, offset) => {
      const keys = stack[stack.length - 1];
      if (!keys || found) return;
      if (keys.has(key)) found = { key, offset };
      keys.add(key);
    },
  });
  return found;
}
