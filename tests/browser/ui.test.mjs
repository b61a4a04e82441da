// Browser tests (issue #4): sign-in, MFA, settings, the audit trail and pages without
// JavaScript, with axe-core checking every page for WCAG 2.1 A/AA violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, totp } from './bolwerk_server.mjs';
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
  // Headers in the UI language first, then the raw columns for machines (issue #13 item 5).
  assert.match((await response.text()).split('\n')[0], /,sequence,occurred_at,actor,action,/);
  await page.close();
  assert.ok(checkedPages.length >= 9, `axe ran on ${checkedPages.length} pages`);
});

test('pages work without JavaScript', async () => {
  const noScript = await openBrowser({ prefix: 'bolwerk-chromium-nojs-', javaScript: false });
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
});
