import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy, one directive per entry, each with the reason it is there.
 * Each source below was found necessary by removing it and watching the built page break (a CSP
 * violation); e2e/hosted-page.spec.ts checks the built page for violations while the canvas,
 * auto-layout, Monaco and its JSON worker, YAML and a download are used.
 * Not here: `frame-ancestors`, `report-uri` and `sandbox` are ignored in a <meta> policy (a host
 * that can send headers may add `frame-ancestors 'none'`); `'wasm-unsafe-eval'` and `'unsafe-eval'`
 * are not needed (no WebAssembly, no eval or new Function in the bundle); `require-trusted-types-for`
 * would block Vite's `new Worker(url)` for Monaco's workers until they go through a Trusted Types policy.
 * The meta policy governs the document only: the worker scripts get theirs from their own
 * response headers (none on GitHub Pages).
 */
const DIRECTIVES: [directive: string, sources: string][] = [
  // Deny by default: connect (the page fetches nothing; designs never leave the browser), frames,
  // objects, media and manifests are all refused.
  ['default-src', "'none'"],
  // Vite's module chunks, the lazy ones too, by relative URL: no inline script, no eval.
  ['script-src', "'self'"],
  // Monaco's workers are files built by Vite `?worker` and started with
  // `new Worker(new URL('json.worker-*.js', import.meta.url))`: same origin, no blob: URL (Monaco
  // builds a blob: bootstrap only when MonacoEnvironment.getWorker is not set; it is). Said
  // explicitly, though script-src would cover it, so a looser script-src never allows blob: workers.
  ['worker-src', "'self'"],
  // Monaco adds <style> elements at run time (theme colours, decorations) and renders markup with
  // style attributes: without 'unsafe-inline', style-src-elem and style-src-attr violations.
  ['style-src', "'self' 'unsafe-inline'"],
  // The favicon, and the error squiggle under a syntax error: a data: SVG in a style Monaco adds.
  ['img-src', "'self' data:"],
  // Monaco's codicon font, a file in assets/.
  ['font-src', "'self'"],
  // These two do not fall back to default-src. An injected <base> must not move the relative
  // asset URLs to another host; the page has no form that submits anywhere.
  ['base-uri', "'self'"],
  ['form-action', "'none'"],
];

export const contentSecurityPolicy = DIRECTIVES.map(([directive, sources]) => `${directive} ${sources}`).join('; ');

/**
 * Adds the policy to index.html as a <meta http-equiv> tag, first in <head> so it covers every
 * script and stylesheet after it. Builds only: dev mode serves inline scripts (React refresh, the
 * Vite client) that this policy would block.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
  return {
    name: 'eventbridge-designer:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!/<head>/i.test(html)) throw new Error('index.html has no <head> for the Content-Security-Policy');
        return html.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
      },
    },
  };
}
