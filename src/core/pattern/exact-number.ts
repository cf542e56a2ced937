/**
 * A JSON number whose text is not exactly a double, such as 0.30000000000000001 or
 * 12345678901234567890. The matcher EventBridge uses (aws/event-ruler, since v1.8) parses numbers
 * as decimals: such a number can only match the same text, and a pattern may not use it in a
 * numeric or anything-but condition ("Cannot compare number : X"). research/event-patterns.md §6.
 */
export class InexactNumber {
  readonly value: number;
  constructor(readonly text: string) {
    this.value = Number(text);
  }
  /** Printed as the nearest double: JSON text cannot carry more. */
  toJSON(): number {
    return this.value;
  }
}

/** Sign, significant digits and exponent of a decimal literal, so that 300, 300.0 and 3.0e2 compare equal. */
function canonical(text: string): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m) return text;
  const [, sign = '', int = '', frac = '', exp = '0'] = m;
  const digits = (int + frac).replace(/^0+/, '');
  if (digits === '') return '0';
  const leadingZeros = (int + frac).length - digits.length;
  const exponent = BigInt(exp) + BigInt(int.length - leadingZeros);
  return `${sign}0.${digits.replace(/0+$/, '')}e${exponent}`;
}

/**
 * True when the literal is the decimal form of the double it parses to, as event-ruler decides it:
 * BigDecimal(text) must equal BigDecimal(Double.toString(double)). Java prints at least two
 * significant digits where JavaScript may print one (4.9E-324 against 5e-324), hence toPrecision(2).
 */
export function isExactDouble(text: string): boolean {
  const value = Number(text);
  if (!Number.isFinite(value)) return false;
  const shortest = canonical(String(value));
  const javaForm = /^-?0\.\de/.test(shortest) ? canonical(value.toPrecision(2)) : shortest;
  return canonical(text) === javaForm;
}

/** A number from its JSON text: a plain number when a double holds it exactly, else its text. */
export function numberFromText(text: string): number | InexactNumber {
  return isExactDouble(text) ? Number(text) : new InexactNumber(text);
}
