// The session warning and the end of an idle session, on a server whose
// sessions last 30 seconds (on its own, so other journeys keep normal sessions).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_ACCOUNTS } from '../src/db/seed.ts';
import { axeContext, startHarness, type Harness } from './harness.ts';
import { clean, loginWithKeys } from './keyboard.ts';

let h: Harness;

before(async () => {
  // Half a minute: the warning shows halfway, the session ends after 30 seconds. That leaves
  // 15 seconds for the axe check and the key press, enough on a loaded machine (a
  // 15-second session ran out during the axe check at load average 26).
  h = await startHarness({ SESSION_IDLE_MINUTES: '0.5' });
});

after(async () => {
  await h?.close();
});

describe('session timeout', () => {
  it('warns before the session ends, and staying logged in extends it', async () => {
    const context = await axeContext(h.browser);
    const page = await context.newPage();
    await loginWithKeys(page, h.baseUrl, DEMO_ACCOUNTS.teamleiderEmmen);
    await page.waitForURL(/\/vandaag/);
    const loggedInAt = Date.now();
    const dialog = page.locator('dialog#sessie-waarschuwing');
    await dialog.waitFor({ state: 'visible', timeout: 35_000 });
    assert.match((await dialog.textContent()) ?? '', /word je uitgelogd/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sessie-verlengen', 'focus moves into the warning');
    await clean(page, 'sessiewaarschuwing');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    // Still logged in after the original thirty seconds.
    await page.waitForTimeout(Math.max(0, loggedInAt + 32_000 - Date.now()));
    const res = await page.request.get(`${h.baseUrl}/personen`, { maxRedirects: 0 });
    assert.equal(res.status(), 200);
    // Doing nothing: the session ends and the page goes to the login page.
    await page.waitForURL(/\/inloggen\?melding=verlopen/, { timeout: 60_000 });
    assert.match((await page.textContent('[role=status]')) ?? '', /Log opnieuw in/);
    await context.close();
  });
});
