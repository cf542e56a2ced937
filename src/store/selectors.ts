import { deriveGraph } from '../core/graph/derive-graph';
import type { DesignGraph } from '../core/graph/types';
import { completeLayout, type Layout } from '../core/layout/positions';
import type { Template } from '../core/template/types';

/** Remembers the last input and output: derived data is recomputed only when its input changes. */
function memoizeOne<A, R>(fn: (a: A) => R): (a: A) => R {
  let last: { a: A; r: R } | undefined;
  return (a) => {
    if (!last || last.a !== a) last = { a, r: fn(a) };
    return last.r;
  };
}

const graphOf = memoizeOne(deriveGraph);
const textOf = memoizeOne((t: Template) => `${JSON.stringify(t, null, 2)}\n`);
let lastPlaced: { graph: DesignGraph; layout: Layout; placed: Layout } | undefined;

export const selectGraph = (s: { template: Template }): DesignGraph => graphOf(s.template);

/** The exported JSON text: what the Template panel shows, Copy copies and Download saves. */
export const selectTemplateText = (s: { template: Template }): string => textOf(s.template);

/** Every node's position, including those of nodes the user never placed. */
export function selectPlacedLayout(s: { template: Template; layout: Layout }): Layout {
  const graph = selectGraph(s);
  if (lastPlaced?.graph === graph && lastPlaced.layout === s.layout) return lastPlaced.placed;
  const placed = completeLayout(graph.nodes, s.layout);
  lastPlaced = { graph, layout: s.layout, placed };
  return placed;
}
