/** A JSON pointer (RFC 6901) from path segments: "~" and "/" inside a segment are escaped. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The segments of a JSON pointer. */
export function segmentsOf(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Pointer to a resource or one of its properties. */
export function resourcePointer(id: string, ...rest: (string | number)[]): string {
  return pointer('Resources', id, ...rest);
}
