/** Node.js and Python runtimes Lambda supports for new functions.
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html */
export const LAMBDA_RUNTIMES = ['nodejs24.x', 'nodejs22.x', 'nodejs20.x', 'python3.13', 'python3.12', 'python3.11'].map((r) => ({
  value: r,
  label: r,
}));

/** Handler: at most 128 characters of [^\s]. https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html */
export function checkHandler(value: string): string | undefined {
  if (value.length < 1 || value.length > 128) return 'A handler must be 1 to 128 characters long.';
  if (/\s/.test(value)) return 'A handler may not contain white space.';
  return undefined;
}

/** MemorySize 128-10,240 MB, Timeout 1-900 s (same API page). */
export function checkIntegerIn(min: number, max: number, what: string) {
  return (value: string): string | undefined =>
    /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max
      ? undefined
      : `${what} must be a whole number from ${min} to ${max}.`;
}
