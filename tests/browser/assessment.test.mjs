// Browser test of the gap analysis (issue #5): a CISO fills in opzet and bestaan of a
// measure, is refused werking without bestaan, and sees the dashboard change. axe-core
// checks every new page for WCAG 2.1 A/AA violations. Same set-up as ui.test.mjs:
// Debian Chromium driven by playwright-core, no downloaded browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, createUser, signInEnrolling } from './bolwerk_server.mjs';
import { openBrowser, closeBrowsers, expectAccessible as checkPage } from './harness.mjs';

let server;
let context;
const checkedPages = [];

before(async () => {
  server = await startServer();
  context = await openBrowser();
});

after(async () => {
  await closeBrowsers();
  await server?.stop();
});

async function expectAccessible(page, name) {
  await checkPage(page, name);
  checkedPages.push(name);
}

// The count of one step of the funnel, read from its table alternative.
async function funnelCount(page, step) {
  const row = page.locator('#trechter-tabel tbody tr').nth(step);
  return Number((await row.locator('td').first().textContent()).trim());
}

test('a CISO assesses opzet and bestaan, is refused werking without bestaan, and sees the dashboard change', async () => {
  const password = 'gap-analyse-wachtwoord-2026';
  createUser(server, 'ciso.gap@voorbeeld.example', 'Carla Ciso', 'ciso', password);
  const page = await context.newPage();
  const base = `${server.url}organisaties/${server.organisationId}`;

  await signInEnrolling(page, server, 'ciso.gap@voorbeeld.example', password);
  await page.click('nav a:has-text("Gap-analyse")');
  assert.equal(page.url(), `${base}/dashboard`);
  await expectAccessible(page, 'dashboard');
  assert.equal(await page.locator('figure svg[role=img]').count(), 4, 'four charts');
  const designBefore = await funnelCount(page, 1);
  const existenceBefore = await funnelCount(page, 2);

  await page.click('nav a:has-text("Gaplijst")');
  assert.equal(page.url(), `${base}/gaplijst`);
  await expectAccessible(page, 'gap list');
  const first = page.locator('#gaplijst tbody tr').first();
  assert.match(await first.textContent(), /verplicht/, 'mandatory measures first');
  const number = (await first.locator('a').first().textContent()).trim();
  await first.locator('a').first().click();
  assert.equal(page.url(), `${base}/maatregelen/${number}`);
  await expectAccessible(page, 'measure');

  await page.selectOption('#status', 'in_progress');
  await page.fill('#owner', 'Team Informatievoorziening');
  await page.selectOption('#opzet_result', 'compliant');
  await page.fill('#opzet_date', '2026-10-01');
  await page.fill('#opzet_assessor', 'Carla Ciso');
  await page.selectOption('#werking_result', 'compliant');
  await page.fill('#werking_date', '2026-10-15');
  await page.fill('#werking_assessor', 'Carla Ciso');
  await page.click('button[type=submit]:has-text("Maatregel opslaan")');
  assert.equal(await page.getAttribute('#werking_result', 'aria-invalid'), 'true');
  assert.match(await page.textContent('#werking_result-error'), /Werking kan pas worden beoordeeld als het bestaan/);
  assert.match(await page.textContent('.bolwerk-error-summary'), /Er is een probleem/);
  assert.equal(await page.inputValue('#opzet_assessor'), 'Carla Ciso', 'input kept');
  await expectAccessible(page, 'measure with a refusal');

  await page.selectOption('#bestaan_result', 'partially_compliant');
  await page.fill('#bestaan_date', '2026-10-08');
  await page.fill('#bestaan_assessor', 'Carla Ciso');
  await page.selectOption('#werking_result', 'not_assessed');
  await page.fill('#werking_date', '');
  await page.fill('#werking_assessor', '');
  await page.click('button[type=submit]:has-text("Maatregel opslaan")');
  assert.match(await page.textContent('[role=status]'), /opgeslagen/);
  assert.equal(await page.inputValue('#bestaan_result'), 'partially_compliant');

  await page.goto(`${base}/dashboard`);
  assert.equal(await funnelCount(page, 1), designBefore + 1, 'opzet counted');
  assert.equal(await funnelCount(page, 2), existenceBefore + 1, 'bestaan counted');
  await page.selectOption('#filter-eigenaar', 'Team Informatievoorziening');
  await page.click('button:has-text("Filter toepassen")');
  assert.match(page.url(), /eigenaar=Team/);
  assert.equal(await funnelCount(page, 2), 1, 'the filter narrows the funnel to this owner');
  await expectAccessible(page, 'dashboard filtered');

  await page.click('nav a:has-text("Beheersmaatregelen")');
  await expectAccessible(page, 'controls');
  await page.click('main a:has-text("5.1")');
  await expectAccessible(page, 'control');
  await page.check('#applicable-nee');
  await page.click('button[type=submit]:has-text("Beheersmaatregel opslaan")');
  assert.equal(await page.getAttribute('#justification', 'aria-invalid'), 'true', 'an exclusion needs a justification');
  await expectAccessible(page, 'control with a refusal');

  await page.click('a[hreflang=en]');
  await page.goto(`${base}/dashboard`);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await expectAccessible(page, 'dashboard (English)');
  await page.click('a[hreflang=nl]');
  await page.close();
  assert.ok(checkedPages.length >= 9, `axe ran on ${checkedPages.length} pages`);
});

test('the CISO uploads evidence for a measure and finds it on the measure page; axe on every evidence page', async () => {
  // The persistent context keeps the CISO's session from the test above.
  const page = await context.newPage();
  const base = `${server.url}organisaties/${server.organisationId}`;
  await page.goto(`${base}/bewijs`);
  assert.match(await page.textContent('main'), /Leveranciersverklaring hostingpartij/, 'the demo evidence is listed');
  assert.match(await page.textContent('main'), /Verlopen/, 'expired evidence says so in words');
  await expectAccessible(page, 'evidence list');

  await page.goto(`${base}/bewijs/nieuw`);
  await expectAccessible(page, 'evidence form');
  await page.setInputFiles('#file', {
    name: 'phishing-q3.txt', mimeType: 'text/html', buffer: Buffer.from('Resultaten phishingsimulatie Q3: 4% klikte.\n'),
  });
  await page.fill('#title', 'Resultaten phishingsimulatie Q3');
  await page.fill('#effective_on', '2026-10-01');
  await page.fill('#targets', '5.17.01');
  await page.selectOption('#aspect', 'werking');
  await page.click('button[type=submit]:has-text("Bewijs opslaan")');
  assert.match(page.url(), /\/bewijs\/\d+/, 'the new item is shown');
  assert.match(await page.textContent('main'), /text\/plain/, 'the type comes from the content, not the upload');
  await expectAccessible(page, 'evidence item');

  await page.goto(`${base}/maatregelen/5.17.01`);
  const row = page.locator('tr', { hasText: 'Resultaten phishingsimulatie Q3' });
  assert.equal(await row.count(), 1, 'the measure page lists the evidence');
  assert.match(await row.textContent(), /werking/);
  await expectAccessible(page, 'measure with evidence');
  await page.close();
});
