import type { FieldMismatch } from './match-pattern';
import { toPlainJson } from './pattern-json';

const show = (value: unknown) => JSON.stringify(toPlainJson(value as never));

/** A mismatch in words, for the sandbox and the command line. */
export function describeMismatch(m: FieldMismatch): string {
  switch (m.reason) {
    case 'missing':
      return `${m.path}: the event has no value here; the pattern wants ${show(m.allowed)}.`;
    case 'no-value-matches':
      return `${m.path}: the event has ${m.found.map(show).join(', ')}; the pattern wants ${show(m.allowed)}.`;
    case 'present':
      return `${m.path}: the pattern wants this field absent; the event has ${m.found.map(show).join(', ')}.`;
    case 'different-array-elements':
      return `${m.path}: each field matches, but in different elements of the same array, and EventBridge needs them in one element.`;
  }
}
