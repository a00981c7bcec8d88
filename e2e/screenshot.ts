// Makes the README screenshot: npx tsx e2e/screenshot.ts
import { startHarness } from './harness.ts';

const h = await startHarness();
const page = await h.browser.newPage({ viewport: { width: 1100, height: 900 } });
await page.goto(`${h.baseUrl}/zoeken?q=jobcoach&waar=Emmen`);
await page.screenshot({ path: 'docs/screenshot-zoeken.png', fullPage: false });
await h.close();
