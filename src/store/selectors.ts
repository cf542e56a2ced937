import { deriveGraph } from '../core/graph/derive-graph';
import type { DesignGraph } from '../core/graph/types';
import { completeLayout, type Layout } from '../core/layout/positions';
import type { Template } from '../core/template/types';
import { validate } from '../core/validate/validate';
import { printYaml } from '../core/io/print-yaml';
import { withLayoutMetadata } from '../core/layout/layout-metadata';
import { DEFAULT_BUS_ID } from '../core/ops/connect-bus-to-rule';
import type { TemplateFormat } from '../core/io/parse-result';
import type { Diagnostic } from '../core/validate/types';
import { expandSamOnce } from '../core/sam';

/** Remembers the last input and output: derived data is recomputed only when its input changes. */
function memoizeOne<A, R>(fn: (a: A) => R): (a: A) => R {
  let last: { a: A; r: R } | undefined;
  return (a) => {
    if (!last || last.a !== a) last = { a, r: fn(a) };
    return last.r;
  };
}

const graphOf = memoizeOne(deriveGraph);
const expandedOf = memoizeOne((t: Template) => expandSamOnce(t).template);
const jsonOf = memoizeOne((t: Template) => `${JSON.stringify(t, null, 2)}\n`);
const yamlOf = memoizeOne((t: Template) => printYaml(t));
let lastPlaced: { graph: DesignGraph; layout: Layout; placed: Layout } | undefined;

export const selectGraph = (s: { template: Template }): DesignGraph => graphOf(s.template);

/** The template as CloudFormation sees it: a SAM template expanded into what SAM generates; any other template as it is. */
export const selectExpandedTemplate = (s: { template: Template }): Template => expandedOf(s.template);

let lastExported: { template: Template; layout: Layout | undefined; exported: Template } | undefined;

/** The template as exported: the document, with the layout in its Metadata when the user keeps it there. */
export function selectExportedTemplate(s: { template: Template; layout: Layout; keepLayout?: boolean }): Template {
  const layout = s.keepLayout ? selectPlacedLayout(s) : undefined;
  if (lastExported?.template === s.template && lastExported.layout === layout) return lastExported.exported;
  const exported = layout ? withLayoutMetadata(s.template, withoutDefaultBus(layout)) : s.template;
  lastExported = { template: s.template, layout, exported };
  return exported;
}

function withoutDefaultBus(layout: Layout): Layout {
  const { [DEFAULT_BUS_ID]: _, ...rest } = layout;
  return rest;
}

type ExportState = { template: Template; layout: Layout; keepLayout?: boolean; format?: TemplateFormat };

/** The exported JSON text. */
export const selectTemplateJson = (s: ExportState): string => jsonOf(selectExportedTemplate(s));

/** The text in the chosen format: what the Template panel shows, Copy copies and Download saves. */
export const selectTemplateText = (s: ExportState): string =>
  s.format === 'yaml' ? yamlOf(selectExportedTemplate(s)) : jsonOf(selectExportedTemplate(s));

/** Every node's position, including those of nodes the user never placed. */
export function selectPlacedLayout(s: { template: Template; layout: Layout }): Layout {
  const graph = selectGraph(s);
  if (lastPlaced?.graph === graph && lastPlaced.layout === s.layout) return lastPlaced.placed;
  const placed = completeLayout(graph.nodes, s.layout);
  lastPlaced = { graph, layout: s.layout, placed };
  return placed;
}

const diagnosticsOf = memoizeOne((t: Template) => validate(t));

/** The problems of the current document, recomputed once per document change. */
export const selectDiagnostics = (s: { template: Template }): Diagnostic[] => diagnosticsOf(s.template);

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

const countsOf = memoizeOne((diagnostics: Diagnostic[]) => {
  const byKey = new Map<string, ProblemCounts>();
  const add = (key: string, d: Diagnostic) => {
    const c = byKey.get(key) ?? { errors: 0, warnings: 0, infos: 0 };
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    else c.infos++;
    byKey.set(key, c);
  };
  for (const d of diagnostics) {
    if (!d.resource) continue;
    add(d.resource, d);
    const target = /^\/Resources\/[^/]+\/Properties\/Targets\/(\d+)/.exec(d.path);
    if (target) add(`${d.resource}[${target[1]}]`, d);
  }
  return byKey;
});

/**
 * Problem counts per canvas element: a resource by logical id, and a rule's target by
 * `Rule[index]` (the diagnostics that point into that target).
 */
export const selectProblemCounts = (s: { template: Template }): Map<string, ProblemCounts> => countsOf(selectDiagnostics(s));
