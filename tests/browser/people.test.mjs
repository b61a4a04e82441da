// Browser test of managing people (issue #13 item 8): a beheerder opens a member's
// page from the users list, disables them (their sign-in is refused), enables them
// again, resets their password (shown once), and the member signs in with the
// temporary password and must choose a new one before anything else. axe-core checks
// every new page state; each is photographed at 1280 and 390 px (BOLWERK_SCREENSHOT_DIR).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, createUser, signInEnrolling } from './bolwerk_server.mjs';
import { openBrowser, closeBrowsers, checkState } from './harness.mjs';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await closeBrowsers();
  await server?.stop();
});

const check = (page, name) => checkState(page, 'people', name);

async function signIn(page, email, password) {
  await page.goto(`${server.url}inloggen`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('button[type=submit]:has-text("Inloggen")');
}

test('disable, refuse, enable; reset and a forced new password; axe on every state', async () => {
  const password = 'mensen-test-wachtwoord-2026';
  createUser(server, 'beheer.mensen@voorbeeld.example', 'Bea Beheerder', 'beheerder', password);
  createUser(server, 'mark.mensen@voorbeeld.example', 'Mark Medewerker', 'medewerker', password);
  const users = `${server.url}organisaties/${server.organisationId}/gebruikers`;

  const admin = await (await openBrowser()).newPage();
  await signInEnrolling(admin, server, 'beheer.mensen@voorbeeld.example', password);
  await admin.goto(users);
  await admin.click('a:has-text("Mark Medewerker")');
  assert.match(admin.url(), /\/gebruikers\/\d+$/);
  const member = admin.url();
  assert.match(await admin.textContent('#member-state'), /actief/);
  await check(admin, 'member');

  await admin.click('#member-disable');
  assert.match(await admin.textContent('main'), /De gebruiker is uitgeschakeld/);
  assert.match(await admin.textContent('#member-state'), /uitgeschakeld \(sinds .* door Bea Beheerder\)/);
  await check(admin, 'member-disabled');

  const mark = await (await openBrowser()).newPage();
  await signIn(mark, 'mark.mensen@voorbeeld.example', password);
  assert.match(mark.url(), /\/inloggen$/, 'a disabled user stays on the sign-in page');

  await admin.click('#member-enable');
  assert.match(await admin.textContent('main'), /weer ingeschakeld/);
  await signIn(mark, 'mark.mensen@voorbeeld.example', password);
  assert.doesNotMatch(mark.url(), /\/inloggen$/);

  await admin.goto(member);
  await admin.click('#member-reset');
  const temporary = (await admin.textContent('#temporary-password')).trim();
  assert.ok(temporary.length >= 12);
  await check(admin, 'member-reset');

  // Mark's session ended with the reset; the temporary password leads to a new one.
  await mark.goto(server.url);
  assert.match(mark.url(), /\/inloggen$/);
  await signIn(mark, 'mark.mensen@voorbeeld.example', temporary);
  assert.match(mark.url(), /\/account\/nieuw-wachtwoord$/);
  await mark.goto(`${server.url}organisaties/${server.organisationId}/risicos`);
  assert.match(mark.url(), /\/account\/nieuw-wachtwoord$/, 'no other page first');
  await check(mark, 'new-password');
  await mark.fill('#new_password', 'kort');
  await mark.click('button[type=submit]:has-text("Wachtwoord opslaan")');
  assert.match(await mark.textContent('.bolwerk-error-summary'), /12 tot 128 tekens/);
  assert.equal(await mark.getAttribute('#new_password', 'aria-invalid'), 'true');
  await check(mark, 'new-password-refused');
  await mark.fill('#new_password', 'een heel eigen nieuwe zin');
  await mark.click('button[type=submit]:has-text("Wachtwoord opslaan")');
  assert.match(mark.url(), /\/account\?wachtwoord=gekozen$/);
  assert.match(await mark.textContent('main'), /Uw nieuwe wachtwoord is opgeslagen/);
});
