// Takes the README screenshot: builds the seed design in the built page, as a user would.
// Usage: npm run build && (npx vite preview --port 4180 &) && node scripts/screenshot.mjs [url] [out.png]
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const url = process.argv[2] ?? 'http://127.0.0.1:4180/';
const out = process.argv[3] ?? 'docs/screenshot.png';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
await page.goto(url);
const click = (name) => page.getByRole('button', { name, exact: true }).click();
const field = (label) => page.getByRole('complementary').getByLabel(label, { exact: true });
async function set(label, value) {
  await field(label).fill(value);
  await field(label).press(label === 'Event pattern' ? 'Control+Enter' : 'Enter');
}
await page.getByLabel('Design name').fill('seed-scenario');
await click('State machine');
await click('Lambda function');
for (const name of ['start-state-machine', 'start-lambda-function']) {
  await click('Rule');
  await set('Rule name', name);
  await set('Event pattern', JSON.stringify({ 'detail-type': [name] }, null, 2));
}
await page.locator('.react-flow__node').filter({ hasText: 'start-state-machine' }).click();
await page.getByLabel('Add target').selectOption({ label: 'State machine: state-machine-1 (StateMachine)' });
await page.locator('.react-flow__node').filter({ hasText: 'start-lambda-function' }).click();
await page.getByLabel('Add target').selectOption({ label: 'Lambda function: function-1 (Function)' });
await page.locator('.monaco-editor').waitFor();
await page.waitForTimeout(500); // let Monaco paint its tokens
await page.screenshot({ path: out });
console.log(`wrote ${out}`);

// The sandbox: the article's custom event sent to the default bus, flowing to the function.
const flowOut = out.replace(/\.png$/, '-test-event.png');
await page.getByRole('tab', { name: 'Test event' }).click();
await page.getByLabel('Start from').selectOption({ label: 'Custom: start-lambda-function (the article)' });
await page.getByRole('button', { name: 'Send test event' }).click();
await page.getByRole('region', { name: 'Test event' }).getByText('matches', { exact: true }).first().waitFor();
await page.waitForTimeout(300);
await page.screenshot({ path: flowOut });
console.log(`wrote ${flowOut}`);

// Delivery settings of a target: an input transformer, retries and a dead-letter queue.
const deliveryOut = out.replace(/\.png$/, '-delivery.png');
await page.getByRole('button', { name: /^Target Function of EventRule2/ }).click();
await page.getByRole('button', { name: 'Add dead-letter queue' }).click();
await field('Payload').selectOption({ label: 'Input transformer' });
await set('Retry attempts', '3');
await page.getByRole('button', { name: 'Send test event' }).click();
await page.getByText('Payload: what the InputTransformer makes').click();
await field('Payload').scrollIntoViewIfNeeded();
await page.waitForTimeout(300);
await page.screenshot({ path: deliveryOut });
console.log(`wrote ${deliveryOut}`);
await browser.close();
