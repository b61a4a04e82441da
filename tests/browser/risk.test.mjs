// Browser test of the risk pages (issue #6): register a risk as CISO (with a field error
// first), accept it as bestuurder, see it on the heat map; axe on every risk page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, signInEnrolling } from './bolwerk_server.mjs';
import { openBrowser, closeBrowsers, expectAccessible } from './harness.mjs';

let server;
let context;

before(async () => {
  server = await startServer();
  context = await openBrowser();
});

after(async () => {
  await closeBrowsers();
  await server?.stop();
});

function account(role) {
  return server.accounts.find((a) => a.email.startsWith(role));
}

test('register a risk as ciso, accept it as bestuurder, see it on the heat map; axe on the risk pages', async () => {
  // The demo accounts of issue 6; Gemeente Voorbeeld has the demo risk picture.
  const ciso = account('ciso');
  const bestuurder = account('bestuurder');
  const page = await context.newPage();
  const base = `${server.url}organisaties/${server.organisationId}`;
  const risks = `${base}/risicos`;

  await signInEnrolling(page, server, ciso.email, ciso.password);
  await page.click('nav a:has-text("Risicoregister")');
  assert.equal(page.url(), risks);
  assert.match(await page.textContent('main table'), /Ransomware versleutelt het zaaksysteem/, 'the demo register');
  await expectAccessible(page, 'risks (demo register)');
  await page.click('main a:has-text("Risico registreren")');
  await expectAccessible(page, 'register a risk');
  await page.fill('#title', 'Uitval van het datacentrum');
  await page.fill('#owner', 'Hoofd ICT');
  await page.fill('#inherent_likelihood', '9');
  await page.fill('#impact-financieel', '4');
  await page.selectOption('#treatment', 'accepteren');
  await page.click('button[type=submit]:has-text("Risico registreren")');
  assert.equal(await page.getAttribute('#inherent_likelihood', 'aria-invalid'), 'true');
  assert.ok(await page.isVisible('#inherent_likelihood-error'), 'the error is beside the field');
  assert.equal(await page.inputValue('#title'), 'Uitval van het datacentrum', 'input kept');
  await expectAccessible(page, 'register a risk with an error');
  await page.fill('#inherent_likelihood', '3');
  await page.click('button[type=submit]:has-text("Risico registreren")');
  assert.match(page.url().split('?')[0], /\/risicos\/\d+$/, 'issue #13: lands on the new risk');
  assert.match(await page.textContent('[role=status]'), /geregistreerd/);
  await page.goto(risks);
  assert.match(await page.textContent('main table'), /Uitval van het datacentrum[\s\S]*Hoog \(3 × 4\)/);
  assert.match(await page.textContent('main'), /Acceptatie van restrisico ontbreekt: Uitval van het datacentrum/);
  await expectAccessible(page, 'risks with a risk');
  const detail = await page.getAttribute('main table a:has-text("Uitval van het datacentrum")', 'href');
  const riskId = detail.split('/').pop();

  // Every other risk page of issue 6, with axe.
  await page.goto(`${server.url}${detail.replace(/^\//, '')}`);
  assert.match(await page.textContent('main'), /Geregistreerd/, 'history');
  await expectAccessible(page, 'risk detail');
  await page.click('nav a:has-text("Bestuursoverzicht")');
  assert.match(await page.textContent('main'), /Top 10/);
  await expectAccessible(page, 'board overview');
  await page.goto(`${risks}/herbeoordeling`);
  assert.match(await page.textContent('main'), /Stroomuitval in het eigen datacentrum/, 'the overdue demo review');
  await expectAccessible(page, 'overdue reviews');
  await page.goto(`${risks}/import`);
  await expectAccessible(page, 'import risks');
  await page.fill('#csv', 'title,owner,inherent_likelihood,impact_financieel,treatment\nFout,CIO,twee,2,accepteren\n');
  await page.click('button[type=submit]:has-text("Importeren")');
  assert.match(await page.textContent('#import-errors'), /inherent_likelihood/);
  await expectAccessible(page, 'import risks with errors');
  await page.click('nav a:has-text("Informatiesystemen")');
  assert.match(await page.textContent('main table'), /Databasecluster[\s\S]*geërfd/);
  await expectAccessible(page, 'information systems');
  await page.click('main a:has-text("Databasecluster")');
  await expectAccessible(page, 'information system detail');
  await page.goto(`${base}/systemen/nieuw`);
  await expectAccessible(page, 'register a system');
  await page.click('nav a:has-text("Risicomethodiek")');
  await expectAccessible(page, 'risk methodology');
  await page.click('nav a:has-text("Risicoanalyses")');
  assert.match(await page.textContent('main'), /BIO2 5\.08\.01/);
  await expectAccessible(page, 'risk analyses');
  await page.click('button:has-text("Uitloggen")');

  await signInEnrolling(page, server, bestuurder.email, bestuurder.password);
  await page.goto(risks);
  await page.click(`a[href$="acceptatie?risico=${riskId}"]`);
  await expectAccessible(page, 'accept a risk');
  const until = new Date(Date.now() + 180 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await page.fill('#accepted_by', 'Bert Bestuurder');
  await page.selectOption('#authority', 'bestuurder');
  await page.fill('#valid_until', until);
  await page.fill('#reason', 'Een tweede datacentrum kost meer dan de schade die we verwachten.');
  await page.click('button[type=submit]:has-text("Acceptatie vastleggen")');
  assert.match(await page.textContent('[role=status]'), /vastgelegd/);
  assert.doesNotMatch(await page.textContent('main'), /Acceptatie van restrisico ontbreekt: Uitval van het datacentrum/);
  assert.equal(await page.locator('figure svg[role=img]').count(), 2, 'inherent and residual heat map');
  assert.match(await page.textContent('#residual-table'), /\d+ \(Hoog\)/, 'on the residual heat map');
  await expectAccessible(page, 'risks after acceptance');
  await page.goto(`${risks}/${riskId}`);
  assert.match(await page.textContent('main'), /Bert Bestuurder/, 'the acceptance on the detail page');
  await page.click('button:has-text("Uitloggen")');
  await page.close();
});
