// Browser test of the incident register (issue #15): an employee reports a suspected
// incident at the meldloket; the CISO opens it from the register, decides it is
// reportable and marks the early warning sent within its 24-hour clock. axe-core checks
// every page state; each state is photographed at 1280 and 390 px into
// test-screenshots/ (git-ignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer, createUser, signInEnrolling } from './bolwerk_server.mjs';
import { openBrowser, closeBrowsers, axeViolations, within, checkState } from './harness.mjs';

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

const check = (page, name) => checkState(page, 'incident', name);

test('report, open, decide reportable and send the early warning in time; axe on every state', async () => {
  const password = 'incident-test-wachtwoord-2026';
  createUser(server, 'piet.incident@voorbeeld.example', 'Piet Medewerker', 'medewerker', password);
  createUser(server, 'carla.incident@voorbeeld.example', 'Carla Ciso', 'ciso', password);
  const organisation = `${server.url}organisaties/${server.organisationId}`;

  // The meldloket: an empty form is refused with the errors beside the fields.
  const employee = await (await openBrowser()).newPage();
  await signInEnrolling(employee, server, 'piet.incident@voorbeeld.example', password);
  await employee.goto(`${organisation}/incidenten/melden`);
  await check(employee, 'report-form');
  await employee.fill('#description', 'Bijlage geopend');
  await employee.click('main button[type=submit]');
  assert.match(await employee.textContent('.bolwerk-error-summary'), /title/);
  assert.equal(await employee.inputValue('#description'), 'Bijlage geopend', 'input kept');
  await check(employee, 'report-form-error');
  await employee.fill('#title', 'Versleutelde bestanden op de share');
  await employee.fill('#description', 'Na het openen van een bijlage kregen bestanden op S: de extensie .lock.');
  await employee.fill('#reporter_contact', '06-12345678');
  await employee.click('main button[type=submit]');
  assert.match(await employee.textContent('main'), /ontvangen onder nummer \d+/);
  await check(employee, 'report-received');

  // The CISO finds it in the register with the 24-hour clock running.
  const ciso = await (await openBrowser()).newPage();
  await signInEnrolling(ciso, server, 'carla.incident@voorbeeld.example', password);
  await ciso.goto(`${organisation}/incidenten`);
  const row = ciso.locator('tbody tr', { hasText: 'Versleutelde bestanden' });
  assert.match(await row.textContent(), /nieuw/);
  assert.match(await row.textContent(), /Vroegtijdige waarschuwing.*nog 23 uur/s);
  await check(ciso, 'register');
  await row.locator('a').click();
  assert.match(await ciso.textContent('main'), /Piet Medewerker/);
  await check(ciso, 'incident-new');

  // Deciding without reasons is refused beside the field; then decided reportable.
  await ciso.check('#decide-outcome-reportable');
  await ciso.check('#decide-criterion-operational_disruption');
  await ciso.click('form[action$="/besluit"] button[type=submit]');
  assert.match(await ciso.textContent('.bolwerk-error-summary'), /reason/);
  assert.ok(await ciso.isChecked('#decide-criterion-operational_disruption'), 'input kept');
  await check(ciso, 'decide-error');
  await ciso.fill('#decide-reasons', 'Burgerzaken kan geen aanvragen verwerken.');
  await ciso.click('form[action$="/besluit"] button[type=submit]');
  assert.match(await ciso.textContent('main'), /Significantietoets \(Cbw\): meldingsplichtig/);
  assert.match(await ciso.textContent('main'), /Carla Ciso/);

  // The early warning, sent now: on time, frozen with its SHA-256.
  await ciso.fill('#sent-recipient', 'NCSC');
  await ciso.fill('#sent-channel', 'portaal');
  await ciso.fill('#sent-contact', 'Carla Ciso, 06-11111111');
  await within(10000, 'mark sent', ciso.click('form[action$="/verzonden"] button[type=submit]'));
  const clocks = await ciso.textContent('table:has(caption:has-text("Meldtermijnen")) tbody');
  assert.match(clocks, /Vroegtijdige waarschuwing[\s\S]*op tijd/);
  assert.match(await ciso.textContent('main'), /[0-9a-f]{64}/);
  await check(ciso, 'incident-early-warning-sent');
});
