import { readFileSync } from 'node:fs';
import { parseLosslessJson } from './parse-lossless-json';
import type { PatternJson } from './pattern-json';

/** Cases checked against the matcher EventBridge uses (aws/event-ruler), kept beside the project. */
export function conformance<T>(name: string): T[] {
  return JSON.parse(readFileSync(new URL(`../../../../shared/conformance/${name}`, import.meta.url), 'utf8')) as T[];
}

/** The case's raw text when it has one (numbers JSON.parse would round), else its parsed value. */
export function lossless(text: string | undefined, parsed: unknown): PatternJson {
  if (text === undefined) return parsed as PatternJson;
  const result = parseLosslessJson(text);
  if (!result.ok) throw new Error(`${result.message} in ${text}`);
  return result.value;
}
