/** Why a pattern is not valid, and where in it (a JSON pointer into the pattern, '' for the whole). */
export interface PatternProblem {
  message: string;
  pointer: string;
}

export const at = (pointer: string, key: string | number) => `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
