import type { Assignment } from './assignments';

/** A Lambda function as the Invoke API identifies it: where, which, and which version or alias. */
export interface FunctionKey {
  region: string;
  account: string;
  name: string;
  qualifier?: string;
}

/**
 * Reads a function name, a full ARN or a partial ARN ("123456789012:function:name"), each with an
 * optional ":qualifier", as Lambda does. https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html
 */
export function functionKeyOf(text: string, a: Assignment): FunctionKey | undefined {
  const full = /^arn:[^:]+:lambda:([^:]+):(\d{12}|[^:]+):function:([^:]+)(?::([^:]+))?$/.exec(text);
  if (full) return { region: full[1]!, account: full[2]!, name: full[3]!, qualifier: full[4] };
  const partial = /^(\d{12}):function:([^:]+)(?::([^:]+))?$/.exec(text);
  if (partial) return { region: a.region, account: partial[1]!, name: partial[2]!, qualifier: partial[3] };
  const plain = /^([A-Za-z0-9\-_]+)(?::([A-Za-z0-9$\-_]+))?$/.exec(text);
  if (plain) return { region: a.region, account: a.account, name: plain[1]!, qualifier: plain[2] };
  return undefined;
}

/** Same function and same qualifier: a permission on the function does not cover an alias, nor the reverse. */
export function sameFunction(x: FunctionKey, y: FunctionKey): boolean {
  return x.region === y.region && x.account === y.account && x.name === y.name && (x.qualifier ?? '') === (y.qualifier ?? '');
}
