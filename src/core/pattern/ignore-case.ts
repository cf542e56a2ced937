/**
 * Case-insensitive comparison as the matcher EventBridge uses does it: each UTF-16 unit of the
 * pattern matches its lower-case or its upper-case form (so pattern "straße" matches "STRASSE",
 * since "ß" upper-cases to "SS", but "STRASSE" does not match "straße").
 * research/event-patterns.md §4.4; eb-create-pattern-operators.html#eb-filtering-equals-ignore-case-matching
 */
function matchFrom(pattern: string, value: string, p: number, v: number, wholeValue: boolean): boolean {
  if (p === pattern.length) return !wholeValue || v === value.length;
  const unit = pattern[p]!;
  const forms = new Set([unit.toLowerCase(), unit.toUpperCase()]);
  for (const form of forms) {
    if (value.startsWith(form, v) && matchFrom(pattern, value, p + 1, v + form.length, wholeValue)) return true;
  }
  return false;
}

export const equalsIgnoreCase = (pattern: string, value: string) => matchFrom(pattern, value, 0, 0, true);
export const startsWithIgnoreCase = (pattern: string, value: string) => matchFrom(pattern, value, 0, 0, false);
export const endsWithIgnoreCase = (pattern: string, value: string) =>
  [...Array(value.length + 1).keys()].some((start) => matchFrom(pattern, value, 0, start, true));
