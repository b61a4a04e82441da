// Browser test of the VvT (issue #5): as CISO describe the scope and freeze a version,
// as bestuurder approve it, as CISO publish it (refused first while an exclusion lacks
// its risk reference), then read the public page logged out and check the SHA-256 of
// the downloaded document. axe-core checks every new page for WCAG 2.1 A/AA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startServer, createUser, signInEnrolling, runCli } from './bolwerk_server.mjs';
import { openBrowser, closeBrowsers, expectAccessible } from './harness.mjs';

// One browser profile per person, so that each signs in (and enrols TOTP) once.
let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await closeBrowsers();
  await server?.stop();
});

test('freeze as ciso, approve as bestuurder, publish, read the public page logged out; axe on every page', async () => {
  const password = 'vvt-test-wachtwoord-2026';
  createUser(server, 'ciso.vvt@voorbeeld.example', 'Carla Ciso', 'ciso', password);
  createUser(server, 'bestuurder.vvt@voorbeeld.example', 'Bas Burgemeester', 'bestuurder', password);
  const cisoBrowser = await openBrowser();
  const page = cisoBrowser.pages()[0] ?? (await cisoBrowser.newPage());
  const board = await (await openBrowser()).newPage();
  const vvt = `${server.url}organisaties/${server.organisationId}/vvt`;
  const publicPage = `${server.url}openbaar/${server.organisationId}/vvt`;

  // Nothing is published yet.
  assert.equal((await fetch(publicPage)).status, 404);

  await signInEnrolling(page, server, 'ciso.vvt@voorbeeld.example', password);
  await page.click('nav a:has-text("VvT")');
  assert.equal(page.url(), vvt);
  await expectAccessible(page, 'vvt page');
  assert.match(await page.textContent('main'), /8\.28[\s\S]*ONTBREEKT/, 'the missing risk reference is shown');

  await page.click('main a:has-text("ISMS-reikwijdte bewerken")');
  await expectAccessible(page, 'scope form');
  await page.fill('#statement', 'Alle processen en systemen van de gemeente Voorbeeld, behalve het sportbedrijf.');
  await page.fill('#processes', 'Burgerzaken: paspoorten en rijbewijzen\nBelastingen: WOZ en heffingen');
  await page.fill('#information_systems', 'Zaaksysteem: zaakgericht werken');
  await page.fill('#exclusions', 'Sportbedrijf');
  await page.click('button[type=submit]:has-text("Reikwijdte opslaan")');
  assert.equal(await page.getAttribute('#exclusions', 'aria-invalid'), 'true', 'an exclusion needs a reason');
  await expectAccessible(page, 'scope form with an error');
  await page.fill('#exclusions', 'Sportbedrijf: eigen rechtspersoon met een eigen ISMS');
  await page.click('button[type=submit]:has-text("Reikwijdte opslaan")');
  assert.equal(page.url().split('?')[0], vvt);
  assert.match(await page.textContent('[role=status]'), /opgeslagen/);

  await page.check('#publication-on');
  await page.click('button[type=submit]:has-text("Instelling opslaan")');
  assert.match(await page.textContent('main'), /Publicatie staat aan/);
  await page.click('button[type=submit]:has-text("Nieuwe versie bevriezen")');
  assert.match(page.url(), /\/vvt\/versies\/1\?bevroren=1$/);
  assert.match(await page.textContent('main'), /Dit is de eerste versie/);
  // Issue #13 item 3: the content digest is fixed at freeze.
  const frozenDigest = (await page.textContent('#content-sha256')).trim();
  assert.match(frozenDigest, /^[0-9a-f]{64}$/);
  await expectAccessible(page, 'version 1');

  await signInEnrolling(board, server, 'bestuurder.vvt@voorbeeld.example', password);
  await board.goto(`${vvt}/versies/1`);
  await board.click('button[type=submit]:has-text("Versie vaststellen")');
  assert.match(await board.textContent('[role=status]'), /vastgesteld/);
  assert.match(await board.textContent('main'), /Bas Burgemeester/);
  assert.equal((await board.textContent('#content-sha256')).trim(), frozenDigest, 'approval keeps the content digest');
  assert.equal((await board.textContent('#approved-content-sha256')).trim(), frozenDigest,
    'the approval names the content it approves');
  await expectAccessible(board, 'version 1 approved');

  // Publication is refused while exclusion 8.28 has no risk-analysis reference.
  await page.goto(`${vvt}/versies/1`);
  await page.click('button[type=submit]:has-text("Deze versie publiceren")');
  assert.match(await page.textContent('main'), /8\.28/);
  await expectAccessible(page, 'publication refused');

  // The CISO records the missing reference (here through the CLI) and freezes version 2.
  runCli(server, ['assessment', 'set-control', '--org', String(server.organisationId), '8.28', '--excluded',
    '--justification', 'Er wordt geen programmatuur in eigen beheer geschreven.',
    '--reference', 'document:RA-2026-02 Risicoanalyse applicatielandschap, par. 3.6']);
  await page.goto(vvt);
  await page.click('button[type=submit]:has-text("Nieuwe versie bevriezen")');
  assert.match(page.url(), /\/vvt\/versies\/2\?bevroren=1$/);
  assert.match(await page.textContent('main table'), /8\.28/, 'the diff shows the new reference');
  await expectAccessible(page, 'version 2 with its diff');

  await board.goto(`${vvt}/versies/2`);
  await board.click('button[type=submit]:has-text("Versie vaststellen")');
  assert.match(await board.textContent('[role=status]'), /vastgesteld/);

  // Issue #13 item 4: first see exactly what becomes public (no implementation status by default).
  await page.goto(`${vvt}/versies/2`);
  await page.click('#public-preview-link');
  assert.match(await page.textContent('#public-preview-notice'), /Voorbeeld/);
  assert.doesNotMatch(await page.textContent('main table'), /Implementatie/);
  await expectAccessible(page, 'public preview');
  await page.goto(`${vvt}/versies/2`);
  await page.click('button[type=submit]:has-text("Deze versie publiceren")');
  assert.match(await page.textContent('[role=status]'), /gepubliceerd/);
  assert.match(await page.textContent('main'), /Gepubliceerd: versie 2/);
  await page.click('button:has-text("Uitloggen")');

  // Logged out: the public page and exactly the published document.
  await cisoBrowser.clearCookies();
  await page.goto(publicPage);
  assert.equal(page.url(), publicPage);
  await expectAccessible(page, 'public page');
  const main = await page.textContent('main');
  assert.match(main, /Bas Burgemeester/);
  assert.match(main, /Burgerzaken/);
  const shown = (await page.textContent('#published-sha256')).trim();
  assert.match(shown, /^[0-9a-f]{64}$/);
  const href = await page.getAttribute('#published-document', 'href');
  const download = await fetch(new URL(href, server.url));
  assert.equal(download.status, 200);
  assert.match(download.headers.get('content-disposition'), /^attachment/);
  const body = Buffer.from(await download.arrayBuffer());
  assert.equal(createHash('sha256').update(body).digest('hex'), shown);
  assert.equal(JSON.parse(body.toString('utf8')).header.version_number, 2);
  await page.close();
});
