import { describe, expect, it } from 'vitest';
import { completeLayout, freePosition } from './positions';
import type { DesignNode } from '../graph/types';

const node = (id: string, kind: DesignNode['kind']): DesignNode => ({ id, kind, label: id, detail: '' });

describe('layout', () => {
  it('places new nodes in their column below what is already there', () => {
    expect(freePosition('rule', [])).toEqual({ x: 370, y: 0 });
    expect(
      freePosition('rule', [
        { x: 370, y: 0 },
        { x: 740, y: 130 },
      ]),
    ).toEqual({ x: 370, y: 130 });
    expect(
      freePosition('lambda', [
        { x: 740, y: 0 },
        { x: 730, y: 140 },
      ]),
    ).toEqual({ x: 740, y: 260 });
  });

  it('keeps positions the user chose and fills in the rest without overlap', () => {
    const layout = completeLayout([node('a', 'rule'), node('b', 'rule'), node('c', 'lambda')], { b: { x: 370, y: 0 } });
    expect(layout).toEqual({ b: { x: 370, y: 0 }, a: { x: 370, y: 130 }, c: { x: 740, y: 0 } });
  });
});
