import { isJsonObject, type Json, type JsonObject } from '../template/json';
import { expandPattern } from '../pattern/expand-pattern';
import { isExistsFalse, matcherHolds } from '../pattern/match-value';
import { matchPattern } from '../pattern/match-pattern';
import { InexactNumber } from '../pattern/exact-number';
import { isPatternObject, type PatternJson, type PatternObject } from '../pattern/pattern-json';

/** Values that may satisfy one matcher; the first that does is used. */
function candidatesFor(matcher: PatternJson): Json[] {
  if (matcher instanceof InexactNumber) return [matcher.value];
  if (!isPatternObject(matcher)) return [matcher as Json];
  const [op, arg] = Object.entries(matcher)[0] ?? [];
  const text = (v: PatternJson | undefined) =>
    typeof v === 'string' ? v : isPatternObject(v) && typeof v['equals-ignore-case'] === 'string' ? v['equals-ignore-case'] : '';
  switch (op) {
    case 'prefix':
      return [`${text(arg)}example`];
    case 'suffix':
      return [`example${text(arg)}`];
    case 'equals-ignore-case':
    case 'exactly':
      return [text(arg)];
    case 'wildcard':
      return [text(arg).replace(/\\(.)|\*/g, (m, escaped: string | undefined) => escaped ?? 'x')];
    case 'cidr':
      return [text(arg).split('/')[0] ?? ''];
    case 'exists':
      return ['example'];
    case 'numeric': {
      const [, low, op2, high] = Array.isArray(arg) ? arg : [];
      const n = typeof low === 'number' ? low : 0;
      if (typeof high === 'number' && typeof op2 === 'string') return [(n + high) / 2, n, high];
      return [n, n + 1, n - 1, n + 0.5, n - 0.5];
    }
    case 'anything-but': {
      const list = Array.isArray(arg) ? arg : [arg];
      const numbers = list.filter((v): v is number => typeof v === 'number');
      return ['something-else', 'other-value-1', numbers.length > 0 ? Math.max(...numbers) + 1 : 1];
    }
    default:
      return [];
  }
}

function setPath(event: JsonObject, path: string, value: Json | undefined): void {
  const keys = path.split('.');
  let node = event;
  for (const key of keys.slice(0, -1)) {
    if (!isJsonObject(node[key])) node[key] = {};
    node = node[key] as JsonObject;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/**
 * An event the pattern matches, built from its first alternative: each field gets a value one of
 * its matchers accepts, on an envelope with the fields every EventBridge event has. `matches` says
 * whether the result really matches (it may not, for patterns no event can satisfy).
 */
export function eventForPattern(pattern: PatternObject): { event: JsonObject; matches: boolean } {
  const event: JsonObject = {
    version: '0',
    id: '11111111-2222-4333-8444-555555555555',
    'detail-type': 'Example',
    source: 'com.example',
    account: '123456789012',
    time: '2026-11-25T12:00:00Z',
    region: 'us-east-1',
    resources: [],
    detail: {},
  };
  const [fields = []] = expandPattern(pattern);
  for (const field of fields) {
    const value = field.matchers
      .flatMap(candidatesFor)
      .find((candidate) => field.matchers.some((m) => !isExistsFalse(m) && matcherHolds(m, candidate as never)));
    if (value !== undefined) setPath(event, field.path, value);
    else if (field.matchers.some(isExistsFalse)) setPath(event, field.path, undefined);
  }
  return { event, matches: matchPattern(pattern, event).matches };
}
