// Browser tests (issue #4): Debian Chromium driven by playwright-core, with axe-core
// checking every page for WCAG 2.1 A/AA violations. No browser is downloaded.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startServer, totp, createUser, signInEnrolling } from './bolwerk_server.mjs';

const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server;
let context;
let profile;
const checkedPages = [];

before(async () => {
  server = await startServer();
  profile = mkdtempSync(join(tmpdir(), 'bolwerk-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.BOLWERK_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags,
  });
});

after(async () => {
  await context?.close();
  await server?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function expectAccessible(page, name) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
  assert.deepEqual(summary, [], `axe violations on ${name}`);
  checkedPages.push(name);
}

function account(role) {
  return server.accounts.find((a) => a.email.startsWith(role));
}

test('sign in, enrol MFA, change a setting, switch organisation, sign out; axe on every page', async () => {
  const page = context.pages()[0] ?? (await context.newPage());
  const beheerder = account('beheerder');

  await page.goto(server.url);
  assert.match(page.url(), /\/inloggen$/);
  await expectAccessible(page, 'login');
  await page.fill('#email', beheerder.email);
  await page.fill('#password', 'wrong password, surely');
  await page.click('button[type=submit]:has-text("Inloggen")');
  assert.match(await page.textContent('main'), /onjuist/);
  await expectAccessible(page, 'login with error');

  await page.fill('#email', beheerder.email);
  await page.fill('#password', beheerder.password);
  await page.click('button[type=submit]:has-text("Inloggen")');
  assert.match(page.url(), /\/account\/mfa$/, 'a beheerder must enrol MFA first');
  await expectAccessible(page, 'mfa enrolment');
  assert.equal(await page.locator('figure svg').count(), 1, 'QR code as inline SVG');
  const secret = (await page.textContent('#totp-secret')).trim();
  await page.fill('#code', totp(secret));
  await page.click('button[type=submit]:has-text("activeren")');
  assert.equal(await page.locator('#recovery-codes li').count(), 10);
  await expectAccessible(page, 'recovery codes');

  await page.click('a:has-text("Verder")');
  // Issue #12: after sign-in the home page with the user's tasks, then on through the menu.
  assert.equal(page.url(), server.url);
  assert.match(await page.textContent('main'), /Uw taken/);
  await expectAccessible(page, 'home');
  await page.click('nav a:has-text("Organisatie")');
  assert.match(page.url(), /\/organisaties\/\d+$/);
  await expectAccessible(page, 'organisation settings');
  await page.fill('#kvk_number', '12345678');
  await page.click('button[type=submit]:has-text("Opslaan")');
  assert.match(await page.textContent('[role=status]'), /opgeslagen/);
  assert.equal(await page.inputValue('#kvk_number'), '12345678');

  const organisationId = page.url().match(/\/organisaties\/(\d+)/)[1];
  await page.goto(`${server.url}organisaties/${organisationId}/gebruikers`);
  await expectAccessible(page, 'users and roles');
  await page.goto(`${server.url}organisaties/${organisationId}/audit`);
  await expectAccessible(page, 'audit trail');
  // The demo's gap analysis fills the first pages of the trail; the export has every event.
  const trail = await page.request.get(`${server.url}organisaties/${organisationId}/audit.csv`);
  assert.match(await trail.text(), /organisation\.update/);
  await page.goto(`${server.url}account`);
  await expectAccessible(page, 'account');

  const other = await page.locator('#organisation-switcher option:not([selected])').first().getAttribute('value');
  await page.selectOption('#organisation-switcher', other);
  await page.click('button:has-text("Wissel")');
  assert.match(page.url(), new RegExp(`/organisaties/${other}$`));
  assert.equal(await page.inputValue('#organisation-switcher'), other);

  await page.click('a[hreflang=en]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await expectAccessible(page, 'organisation settings (English)');
  await page.click('a[hreflang=nl]');

  await page.click('button:has-text("Uitloggen")');
  assert.match(page.url(), /\/inloggen$/);
  await page.goto(`${server.url}account`);
  assert.match(page.url(), /\/inloggen$/, 'signed out');
});

test('the auditor reads and exports the audit trail', async () => {
  const page = await context.newPage();
  const auditor = account('auditor');
  await page.goto(`${server.url}inloggen`);
  await page.fill('#email', auditor.email);
  await page.fill('#password', auditor.password);
  await page.click('button[type=submit]:has-text("Inloggen")');
  await page.click('nav a:has-text("Audittrail")');
  await expectAccessible(page, 'audit trail (auditor)');
  const response = await page.request.get(page.url() + '.csv');
  assert.equal(response.status(), 200);
  assert.match(await response.text(), /^sequence,occurred_at/);
  await page.close();
  assert.ok(checkedPages.length >= 9, `axe ran on ${checkedPages.length} pages`);
});

test('pages work without JavaScript', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'bolwerk-chromium-nojs-'));
  const noScript = await chromium.launchPersistentContext(directory, {
    executablePath: process.env.BOLWERK_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags,
    javaScriptEnabled: false,
  });
  try {
    const page = noScript.pages()[0] ?? (await noScript.newPage());
    const medewerker = account('medewerker');
    await page.goto(`${server.url}inloggen`);
    await page.fill('#email', medewerker.email);
    await page.fill('#password', medewerker.password);
    await page.click('button[type=submit]:has-text("Inloggen")');
    assert.equal(page.url(), server.url, 'the home page');
    assert.match(await page.textContent('main'), /Uw taken/);
    const other = await page.locator('#organisation-switcher option:not([selected])').first().getAttribute('value');
    await page.selectOption('#organisation-switcher', other);
    await page.click('button:has-text("Wissel")');
    assert.match(page.url(), new RegExp(`/organisaties/${other}$`));
    await page.click('button:has-text("Uitloggen")');
    assert.match(page.url(), /\/inloggen$/);
  } finally {
    await noScript.close();
    rmSync(directory, { recursive: true, force: true });
  }
});

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
