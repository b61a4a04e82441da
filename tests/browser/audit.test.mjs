// Browser test of the audit trail (issue #13 item 5): a beheerder renames the
// organisation, an auditor reads who did it (by name), what (a Dutch sentence) and what
// changed, filters by person and kind of object, meets a clear error for a bad date,
// pages back in time and downloads the XLSX. axe-core checks every page state; each
// state is photographed at 1280 and 390 px into test-screenshots/ (git-ignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer, createUser, signInEnrolling } from './bolwerk_server.mjs';
import { openBrowser, closeBrowsers, axeViolations, checkState } from './harness.mjs';

const screenshots = resolve(process.env.BOLWERK_SCREENSHOT_DIR || 'test-screenshots');

let server;

before(async () => {
  server = await startServer();
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await closeBrowsers();
  await server?.stop();
});

const check = (page, name) => checkState(page, 'audit', name);

test('an auditor reads, filters and exports the audit trail; axe on every state', async () => {
  const password = 'audit-test-wachtwoord-2026';
  createUser(server, 'beheer.audit@voorbeeld.example', 'Bea Beheerder', 'beheerder', password);
  createUser(server, 'auditor.audit@voorbeeld.example', 'Anton Auditor', 'auditor', password);
  const organisation = `${server.url}organisaties/${server.organisationId}`;

  const admin = await (await openBrowser()).newPage();
  await signInEnrolling(admin, server, 'beheer.audit@voorbeeld.example', password);
  await admin.goto(organisation);
  const oldName = await admin.inputValue('#name');
  await admin.fill('#name', 'Gemeente Voorbeeldstad');
  await admin.click('main button[type=submit]');
  assert.match(await admin.textContent('main'), /opgeslagen|Opgeslagen/);

  const page = await (await openBrowser()).newPage();
  await signInEnrolling(page, server, 'auditor.audit@voorbeeld.example', password);
  await page.goto(`${organisation}/audit`);
  const first = page.locator('#audittrail tbody tr').first();
  const newest = await first.textContent();
  assert.match(newest, /Bea Beheerder/, 'the name, not user:N');
  assert.match(newest, /Organisatie-instellingen gewijzigd/);
  assert.match(newest, /Gemeente Voorbeeldstad/);
  assert.ok(newest.includes(oldName), 'the old name: before → after');
  assert.match(newest, /\d{1,2} [a-z]+ \d{4} \d{2}:\d{2}/, 'a Dutch date and time');
  const whenAndWho = await page.$$eval('#audittrail tbody tr', (rows) =>
    rows.map((row) => `${row.cells[0].textContent} ${row.cells[1].textContent}`).join('\n'));
  assert.doesNotMatch(whenAndWho, /user:\d|operator:|\d{4}-\d{2}-\d{2}T/, 'names and Dutch times, never raw labels');
  await check(page, 'trail');

  // Filter by person and kind of object (no JavaScript needed: a GET form).
  await page.selectOption('#filter-wie', { label: 'Bea Beheerder' });
  await page.selectOption('#filter-soort', { label: 'Organisatie' });
  await page.click('button[type=submit]:has-text("Filter toepassen")');
  assert.match(page.url(), /wie=user%3A\d+/);
  const rows = await page.locator('#audittrail tbody tr').count();
  assert.equal(rows, 1, 'only the rename');
  await check(page, 'filtered');
  await page.click('#audittrail a:has-text("Organisatie")');
  assert.equal(page.url(), organisation);

  // A bad date is named beside the field and in the summary; the input stays.
  await page.goto(`${organisation}/audit?van=7-12-2026`);
  assert.match(await page.textContent('.bolwerk-error-summary'), /Vul een datum in als JJJJ-MM-DD/);
  assert.equal(await page.getAttribute('#filter-van', 'aria-invalid'), 'true');
  await check(page, 'bad-filter');

  // The demo wrote more than one page: page back in time.
  await page.goto(`${organisation}/audit`);
  await page.click('a:has-text("Oudere gebeurtenissen")');
  assert.match(page.url(), /voor=\d+/);
  assert.match(await page.textContent('main'), /Naar de nieuwste/);
  await check(page, 'older');

  // The XLSX export with the headers in Dutch (checked in detail by the HTTP tests).
  await page.goto(`${organisation}/audit`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("XLSX")')]);
  assert.equal(download.suggestedFilename(), `audit-${server.organisationId}.xlsx`);
});
