import { expandPattern, type PatternField } from './expand-pattern';
import { flattenEvent, fromSameElements, type EventLeaf } from './flatten-event';
import { isExistsFalse, matcherHolds } from './match-value';
import type { PatternJson, PatternObject } from './pattern-json';

/** Why one field of the pattern did not hold for the event. */
export interface FieldMismatch {
  path: string;
  /** JSON pointer to the field's value list in the pattern. */
  pointer: string;
  /**
   * missing: the event has no value there; no-value-matches: none of its values is allowed;
   * present: the pattern wants the field absent; different-array-elements: each field holds, but
   * only in different elements of one array.
   */
  reason: 'missing' | 'no-value-matches' | 'present' | 'different-array-elements';
  /** The event's values at the path. */
  found: EventLeaf['value'][];
  /** The pattern's value list for the path. */
  allowed: PatternJson[];
}

export type MatchResult = { matches: true } | { matches: false; mismatches: FieldMismatch[] };

interface Option {
  field: PatternField;
  /** Values that satisfy the field, or none when it can only hold by being absent. */
  leaves: EventLeaf[];
  mayBeAbsent: boolean;
  all: EventLeaf[];
}

/** Beyond this many steps the search gives up and calls it no match (events are at most 256 KB). */
const SEARCH_BUDGET = 100_000;

/**
 * Picks one value per field so that all come from the same element of every array they share;
 * a field that may be absent holds when no value at its path belongs with the values picked.
 * An absent field's test is per element too (event-ruler ACMachineTest.testACWithExistFalseRule).
 */
function consistent(options: Option[]): boolean {
  let steps = 0;
  const chosen: EventLeaf[] = [];
  const absent: Option[] = [];
  const search = (i: number): boolean => {
    if (++steps > SEARCH_BUDGET) return false;
    if (i === options.length) return absent.every((o) => !o.all.some((leaf) => chosen.every((c) => fromSameElements(c, leaf))));
    const option = options[i]!;
    for (const leaf of option.leaves) {
      if (!chosen.every((c) => fromSameElements(c, leaf))) continue;
      chosen.push(leaf);
      if (search(i + 1)) return true;
      chosen.pop();
    }
    if (!option.mayBeAbsent) return false;
    absent.push(option);
    if (search(i + 1)) return true;
    absent.pop();
    return false;
  };
  return search(0);
}

function matchConjunction(fields: PatternField[], event: Map<string, EventLeaf[]>): FieldMismatch[] {
  const options: Option[] = fields.map((field) => {
    const all = event.get(field.path) ?? [];
    const leaves = all.filter((leaf) => field.matchers.some((m) => matcherHolds(m, leaf.value)));
    return { field, leaves, all, mayBeAbsent: field.matchers.some(isExistsFalse) };
  });
  const impossible = options.filter((o) => o.leaves.length === 0 && !o.mayBeAbsent);
  if (impossible.length === 0 && consistent([...options].sort((a, b) => a.leaves.length - b.leaves.length))) return [];
  const mismatch = (o: Option, reason: FieldMismatch['reason']): FieldMismatch => ({
    path: o.field.path,
    pointer: o.field.pointer,
    reason,
    found: o.all.map((l) => l.value),
    allowed: o.field.matchers,
  });
  if (impossible.length > 0) return impossible.map((o) => mismatch(o, o.all.length === 0 ? 'missing' : 'no-value-matches'));
  const absentButPresent = options.filter((o) => o.mayBeAbsent && o.leaves.length === 0 && o.all.length > 0);
  if (absentButPresent.length > 0) return absentButPresent.map((o) => mismatch(o, 'present'));
  return options.filter((o) => o.all.some((l) => l.elements.size > 0)).map((o) => mismatch(o, 'different-array-elements'));
}

/**
 * Whether EventBridge would deliver this event to a rule with this (valid) pattern, and when not,
 * which fields failed. Every field of the pattern must hold (AND), any value of a field's list may
 * hold (OR), fields the pattern leaves out are ignored.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html
 */
export function matchPattern(pattern: PatternObject, event: PatternJson): MatchResult {
  const leaves = flattenEvent(event);
  let best: FieldMismatch[] | undefined;
  for (const conjunction of expandPattern(pattern)) {
    const mismatches = matchConjunction(conjunction, leaves);
    if (mismatches.length === 0) return { matches: true };
    if (!best || mismatches.length < best.length) best = mismatches;
  }
  return { matches: false, mismatches: best ?? [] };
}
