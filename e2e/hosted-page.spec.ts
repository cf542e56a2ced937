import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, DesignerPage } from './fixtures/designer';
import { hostedBasePath, hostedUrl } from './fixtures/servers';
import { contentSecurityPolicy } from '../build/csp-plugin';

// The built page as GitHub Pages serves it: under a sub-path (scripts/serve-under-path.mjs serves
// dist/ at /eventbridge-designer/ and nothing at the root), with its Content-Security-Policy.

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

const hostedOrigin = new URL(hostedUrl).origin;

/** What the browser did while the page was used: every request, worker, socket and complaint. */
interface Seen {
  requests: string[];
  routed: string[];
  notOk: string[];
  failed: string[];
  workers: string[];
  serviceWorkers: string[];
  webSockets: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

async function watch(page: Page, context: BrowserContext): Promise<Seen> {
  const seen: Seen = {
    requests: [],
    routed: [],
    notOk: [],
    failed: [],
    workers: [],
    serviceWorkers: [],
    webSockets: [],
    consoleErrors: [],
    pageErrors: [],
  };
  // Every request of the context, the page's, its workers' and any service worker's, seen twice:
  // as an event and as a route (the route sees them before they reach the network).
  await context.route('**/*', (route) => {
    seen.routed.push(route.request().url());
    return route.fallback();
  });
  context.on('request', (r) => seen.requests.push(r.url()));
  context.on('response', (r) => {
    if (r.status() >= 400) seen.notOk.push(`${r.status()} ${r.url()}`);
  });
  context.on('requestfailed', (r) => seen.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  context.on('serviceworker', (w) => seen.serviceWorkers.push(w.url()));
  page.on('worker', (w) => seen.workers.push(w.url()));
  page.on('websocket', (s) => seen.webSockets.push(s.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) seen.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => seen.pageErrors.push(e.message));
  // CSP violations as the page sees them, from before its first script runs.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return seen;
}

/**
 * Uses the page as a user would, touching every kind of resource it loads: the first screen, the
 * canvas (drag and drop, a click), the lazily loaded auto-layout (elkjs) and Monaco chunks, Monaco's
 * two workers (JSON validation runs in one), YAML, and a download (a blob: URL).
 */
async function useThePage(page: Page) {
  const designer = new DesignerPage(page);
  await page.goto(hostedUrl);
  await expect(designer.paletteItem('Rule')).toBeVisible();
  await expect(page).toHaveTitle('EventBridge Designer');

  await designer.dragToCanvas('Rule', 390, 200);
  await designer.paletteItem('Lambda function').click();
  await expect(designer.node('event-rule-1')).toBeVisible();
  await expect(designer.node('function-1')).toBeVisible();
  await page.getByRole('button', { name: 'Auto-layout' }).click();

  // Monaco itself, not the plain-text fallback shown while it loads, shows the template.
  await page.getByRole('tab', { name: 'Template' }).click();
  const editorLines = designer.templateRegion.locator('.monaco-editor .view-lines');
  await expect(editorLines).toContainText('AWSTemplateFormatVersion');
  await expect(editorLines).toContainText('event-rule-1');

  await designer.templateRegion.getByRole('radio', { name: 'YAML' }).click();
  await expect.poll(() => page.evaluate(() => window.__designer!.editorText() ?? '')).toMatch(/^AWSTemplateFormatVersion: /m);
  await designer.templateRegion.getByRole('radio', { name: 'JSON' }).click();
  await expect.poll(() => page.evaluate(() => window.__designer!.editorText() ?? '')).toMatch(/^\{\s+"AWSTemplateFormatVersion"/);

  // A syntax error typed on the first line ("{,"): Monaco's JSON worker marks it (owner "json") with a
  // squiggle (a data: image in a <style> Monaco adds), and the app says where.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('End');
  await page.keyboard.type(',');
  await expect
    .poll(() => page.evaluate(() => (window.__editorMarkers?.() ?? []).filter((m) => m.owner === 'json').length), { timeout: 20_000 })
    .toBeGreaterThan(0);
  await expect(designer.templateRegion.locator('.squiggly-error').first()).toBeAttached();
  await expect(designer.templateRegion.getByRole('alert')).toContainText(/Line \d+, column \d+: Not valid JSON/);
  await page.keyboard.press('Backspace');
  await expect(designer.templateRegion.getByRole('alert')).toHaveCount(0);

  // Monaco's icon font, a file in assets/ named by its stylesheet. The widgets that draw with it are
  // not in this build of the editor, so the browser would never fetch it: ask for it as they would.
  expect(await page.evaluate(async () => (await document.fonts.load('16px codicon')).map((f) => f.status))).toEqual(['loaded']);

  const { name } = await designer.download();
  expect(name).toBe('eventbridge-design.json');
}

test('under a sub-path the built page loads its assets, lazy chunks and Monaco workers from that path, and works', async ({
  page,
  context,
}) => {
  const seen = await watch(page, context);
  await useThePage(page);

  const served = seen.requests.filter((u) => u.startsWith('http'));
  expect(served.length).toBeGreaterThan(5);
  expect(served.filter((u) => !new URL(u).pathname.startsWith(hostedBasePath))).toEqual([]);
  expect(served.some((u) => /\/assets\/elk\.bundled-[\w-]+\.js$/.test(u))).toBe(true);
  expect(served.some((u) => /\/assets\/codicon-[\w-]+\.ttf$/.test(u))).toBe(true);
  expect(seen.notOk).toEqual([]);
  expect(seen.failed).toEqual([]);
  // Monaco's workers are files next to the page (Vite `?worker`), started from the sub-path. The JSON
  // worker validates the text; the editor worker starts only when a feature needs it (none does here).
  const worker = new RegExp(`^${hostedUrl}assets/(editor|json)\\.worker-[\\w-]+\\.js$`);
  expect(seen.workers.filter((u) => !worker.test(u))).toEqual([]);
  expect(seen.workers.some((u) => u.includes('/assets/json.worker-'))).toBe(true);
  expect(seen.pageErrors).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
});

test('the page asks nothing of any other origin: not on load, not for the canvas, Monaco, YAML or a download', async ({
  page,
  context,
}) => {
  const seen = await watch(page, context);
  await useThePage(page);

  /** Same origin as the page; a data: URL has none, a blob: URL carries its creator's. */
  const foreign = (urls: string[]) => urls.filter((u) => !u.startsWith('data:') && new URL(u).origin !== hostedOrigin);
  expect(seen.requests.length).toBeGreaterThan(5);
  expect(foreign(seen.requests)).toEqual([]);
  expect(foreign(seen.routed)).toEqual([]);
  expect(foreign(seen.workers)).toEqual([]);
  expect(seen.webSockets).toEqual([]);
  expect(seen.serviceWorkers).toEqual([]);
  expect(context.serviceWorkers()).toEqual([]);
  // What the document itself fetched, as the browser's own record has it.
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect(resources.length).toBeGreaterThan(5);
  expect(foreign(resources)).toEqual([]);
});

test('the built page carries its Content-Security-Policy, nothing breaks it, and Monaco’s workers run under it', async ({
  page,
  context,
}) => {
  const seen = await watch(page, context);
  await useThePage(page);

  // The policy is the first thing in <head>, so it covers every script and stylesheet after it.
  const meta = page.locator('head > meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  await expect(meta).toHaveAttribute('content', contentSecurityPolicy);
  expect(await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv'))).toBe('Content-Security-Policy');

  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
  expect(seen.pageErrors).toEqual([]);

  // And it is in force: an injected inline script does not run, and the browser says why.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => page.evaluate(() => window.__cspViolations)).toEqual([expect.stringMatching(/^script-src-elem blocked inline /)]);
});
