// Browser test of the catalog pages and the gap analysis's history (issue #13 item 8):
// the administrator uploads a catalog file and reads its validation report, meets a
// clear error for a file that is not a catalog, compares two versions; a CISO freezes a
// snapshot, compares it with the current state, previews a move to another catalog
// version and meets the refusal of a maturity scale that leaves an answer off the scale.
// axe-core checks every page state; each is photographed at 1280 and 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

const check = (page, name) => checkState(page, 'catalog', name);
const fixture = fileURLToPath(new URL('../fixtures/catalogs/minbzk/maatregelen-v1.3-layout.md', import.meta.url));

test('the administrator imports a catalog and compares versions; axe on every state', async () => {
  const password = 'catalogus-test-wachtwoord-2026';
  execFileSync(server.binary, ['--database', server.database, 'user', 'create', '--email', 'beheer.catalogus@voorbeeld.example',
    '--name', 'Bea Beheer', '--admin'], { input: `${password}\n${password}\n` });
  const page = await (await openBrowser()).newPage();
  await signInEnrolling(page, server, 'beheer.catalogus@voorbeeld.example', password);

  await page.goto(`${server.url}catalogi`);
  assert.match(await page.textContent('h1'), /Catalogi/);
  await check(page, 'list');

  await page.click('a:has-text("Catalogus importeren")');
  await check(page, 'import-form');

  // Not a catalog: what and where, beside the field and in the summary; nothing stored.
  await page.setInputFiles('#file', { name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('Geen catalogus\n') });
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('.bolwerk-error-summary'), /notities\.txt/);
  assert.equal(await page.getAttribute('#file', 'aria-invalid'), 'true');
  await check(page, 'import-error');

  await page.setInputFiles('#file', { name: 'maatregelen.md', mimeType: 'text/markdown', buffer: readFileSync(fixture) });
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('main'), /bio2@0\.3 is geïmporteerd/);
  assert.match(await page.textContent('main'), /Gebreken \(4\)/);
  await check(page, 'import-report');

  await page.goto(`${server.url}catalogi`);
  assert.match(await page.textContent('main'), /Bea Beheer/);
  await page.goto(`${server.url}catalogi/verschil?van=bio2%400.3&naar=bio2%401.3`);
  await check(page, 'diff');
});

test('a CISO freezes, compares, previews a move and edits the maturity scale; axe on every state', async () => {
  const password = 'ciso-catalogus-wachtwoord-2026';
  createUser(server, 'ciso.catalogus@voorbeeld.example', 'Carla Ciso', 'ciso', password);
  const organisation = `${server.url}organisaties/${server.organisationId}`;
  const page = await (await openBrowser()).newPage();
  await signInEnrolling(page, server, 'ciso.catalogus@voorbeeld.example', password);

  await page.goto(`${organisation}/momentopnamen`);
  await page.fill('#label', '');
  await page.click('main form button[type=submit]');
  assert.equal(await page.getAttribute('#label', 'aria-invalid'), 'true');
  await check(page, 'snapshot-error');
  await page.fill('#label', 'Browsertest Q4');
  await page.click('main form button[type=submit]');
  assert.match(await page.textContent('main'), /Momentopname ‘Browsertest Q4’ is gemaakt/);
  assert.match(await page.textContent('main'), /Carla Ciso/);
  await check(page, 'snapshots');

  await page.click('a:has-text("Vergelijk met de huidige stand")');
  assert.match(await page.textContent('main'), /Browsertest Q4 → Huidige stand/);
  await check(page, 'compare');

  await page.goto(`${organisation}/catalogusversie`);
  await check(page, 'migration-choice');
  const options = await page.$$eval('#naar option', (all) => all.map((option) => option.value));
  if (options.length > 0) {
    await page.selectOption('#naar', options[0]);
    await page.click('button:has-text("Voorbeeld tonen")');
    assert.match(await page.textContent('main'), /Er is nog niets opgeslagen/);
    await check(page, 'migration-preview');
  }

  await page.goto(`${organisation}/volwassenheidsschaal`);
  await check(page, 'maturity');
  await page.fill('#levels', 'Alleen');
  await page.click('main form button[type=submit]');
  assert.equal(await page.getAttribute('#levels', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#levels'), 'Alleen', 'input kept');
  await check(page, 'maturity-error');
});
