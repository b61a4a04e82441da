// Browser test of issue #13 items 1, 9 and 2: as the demo CISO change a risk and an
// information system, meet the "someone else changed it" message of a stale form, and
// exclude a control through its consequences and the confirm step. axe-core checks
// every new page state for WCAG 2.1 A/AA; the new pages are photographed at 1280 and
// 390 px into test-screenshots/ (git-ignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer, signInEnrolling } from './bolwerk_server.mjs';
import { openBrowser, closeBrowsers, expectAccessible, checkState } from './harness.mjs';

const screenshots = resolve(process.env.BOLWERK_SCREENSHOT_DIR || 'test-screenshots');

let server;
let context;

before(async () => {
  server = await startServer();
  context = await openBrowser();
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  await closeBrowsers();
  await server?.stop();
});

const check = (page, name) => checkState(page, 'risk-edit', name);

test('edit a risk and a system, a stale save, and exclude a control after its consequences', async () => {
  const ciso = server.accounts.find((a) => a.email.startsWith('ciso'));
  const page = context.pages()[0] ?? (await context.newPage());
  await signInEnrolling(page, server, ciso.email, ciso.password);
  const base = `${server.url}organisaties/${server.organisationId}`;

  // Item 1: from the register's Acties column to the prefilled form.
  await page.goto(`${base}/risicos`);
  await page.click('main table a:has-text("Bewerken"):has-text("Ransomware versleutelt het zaaksysteem")');
  assert.match(page.url(), /\/risicos\/\d+\/bewerken$/);
  assert.equal(await page.inputValue('#title'), 'Ransomware versleutelt het zaaksysteem');
  assert.match(await page.inputValue('#existing_controls'), /8\.7/);
  // Item 9: the scale meanings of the methodology beside the inputs.
  assert.match(await page.textContent('#inherent_likelihood-description'), /1 = .+ · 5 = /);
  assert.match(await page.textContent('#impact-description'), /1 = .+ · 5 = /);
  await check(page, 'risk-form');
  const edit = page.url();

  // A field error beside the field and in the summary, the input kept.
  await page.fill('#title', 'Ransomware versleutelt zaaksysteem en back-ups');
  await page.fill('#residual_likelihood', '5');
  await page.click('button[type=submit]:has-text("Wijzigingen opslaan")');
  assert.equal(await page.getAttribute('#residual_likelihood', 'aria-invalid'), 'true');
  assert.ok(await page.isVisible('#residual_likelihood-error'));
  assert.match(await page.textContent('[role=alert]'), /Controleer|fout/i);
  assert.equal(await page.inputValue('#title'), 'Ransomware versleutelt zaaksysteem en back-ups', 'input kept');
  await check(page, 'risk-form-error');

  // Someone else saves the same risk in another tab first.
  const other = await context.newPage();
  await other.goto(edit);
  await other.fill('#owner', 'Hoofd Informatievoorziening');
  await other.click('button[type=submit]:has-text("Wijzigingen opslaan")');
  assert.match(await other.textContent('[role=status]'), /opgeslagen/);
  await other.close();

  await page.fill('#residual_likelihood', '2');
  await page.click('button[type=submit]:has-text("Wijzigingen opslaan")');
  assert.match(await page.textContent('[role=alert]'), /Iemand anders heeft dit risico gewijzigd/);
  assert.equal(await page.inputValue('#title'), 'Ransomware versleutelt zaaksysteem en back-ups', 'input kept');
  await check(page, 'risk-form-stale');
  // Saving again deliberately replaces the other change.
  await page.click('button[type=submit]:has-text("Wijzigingen opslaan")');
  assert.match(page.url(), /\/risicos\/\d+\?gewijzigd=1$/);
  assert.match(await page.textContent('[role=status]'), /De wijzigingen aan het risico zijn opgeslagen/);
  assert.match(await page.textContent('main h2#risk-heading'), /Ransomware versleutelt zaaksysteem en back-ups/);
  assert.match(await page.textContent('main'), /Gewijzigd/, 'history');
  await check(page, 'risk-saved');

  // An information system, from its page.
  await page.goto(`${base}/systemen`);
  await page.click('main table a:has-text("Bewerken")');
  assert.match(page.url(), /\/systemen\/\d+\/bewerken$/);
  await check(page, 'system-form');
  const systemName = await page.inputValue('#name');
  await page.fill('#description', 'Beschrijving aangepast in de browsertest');
  await page.selectOption('#confidentiality', 'hoog');
  await page.click('button[type=submit]:has-text("Wijzigingen opslaan")');
  assert.match(page.url(), /\/systemen\/\d+\?gewijzigd=1$/);
  assert.match(await page.textContent('[role=status]'), /De wijzigingen aan het informatiesysteem zijn opgeslagen/);
  assert.match(await page.textContent('main'), /Beschrijving aangepast in de browsertest/);
  assert.match(await page.textContent('main h2'), new RegExp(systemName));

  // Item 2: excluding 8.7, on which the ransomware risk relies.
  const control = `${base}/beheersmaatregelen/8.7`;
  await page.goto(control);
  assert.match(await page.textContent('#applicable-hint'), /BIO2-verplichte overheidsmaatregelen/);
  assert.match(await page.textContent('#applicable-hint'), /kan niet worden uitgesloten/);
  await check(page, 'control-form');
  await page.check('#applicable-nee');
  for (const reason of await page.$$('input[name=reasons]:checked')) await reason.uncheck();
  await page.fill('#justification', 'Malware wordt afgevangen door de centrale werkplekdienst van de regio.');
  await page.click('button[type=submit]:has-text("Beheersmaatregel opslaan")');
  assert.match(await page.textContent('#gevolgen-kop'), /Controleer wat het uitsluiten verandert/);
  assert.match(await page.textContent('main'), /BIO2-verplichte overheidsmaatregelen/);
  assert.match(await page.textContent('main section'), /Ransomware versleutelt zaaksysteem en back-ups/);
  assert.equal(await page.inputValue('#justification'),
    'Malware wordt afgevangen door de centrale werkplekdienst van de regio.', 'input kept');
  await check(page, 'control-consequences');
  await page.click('button[type=submit]:has-text("Uitsluiting bevestigen")');
  assert.match(page.url(), /\/beheersmaatregelen\/8\.7\?opgeslagen=1$/);
  assert.match(await page.textContent('[role=status]'), /opgeslagen/);
  assert.match(await page.textContent('main'), /uitgesloten \(n\.v\.t\.\)/);
  assert.doesNotMatch(await page.textContent('main p:has-text("Overheidsmaatregelen")') ?? '', /geïmplementeerd/);
  await check(page, 'control-excluded');
});
