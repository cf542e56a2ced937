/** The literal pieces of a wildcard pattern between its "*"s, with "\*" and "\\" unescaped. */
function pieces(pattern: string): string[] {
  const out = [''];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) out[out.length - 1] += pattern[++i]!;
    else if (c === '*') out.push('');
    else out[out.length - 1] += c;
  }
  return out;
}

/**
 * `wildcard`: "*" stands for any run of characters, the whole value must match, everything else is
 * literal and case-sensitive. Linear in practice: each literal piece is taken at its first fit.
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html#eb-filtering-wildcard-matching
 */
export function matchesWildcard(pattern: string, value: string): boolean {
  const parts = pieces(pattern);
  if (parts.length === 1) return parts[0] === value;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let at = first.length;
  const end = value.length - last.length;
  for (const middle of parts.slice(1, -1)) {
    const found = value.indexOf(middle, at);
    if (found < 0 || found + middle.length > end) return false;
    at = found + middle.length;
  }
  return true;
}
