// Browser test of issue #14: as the demo CISO register a supplier, add a service linked
// to a system, add a contract, meet the pre-contract gate's refusal naming every missing
// item, complete the contract and the chain, and activate it. axe-core checks every page
// state for WCAG 2.1 A/AA; each state is photographed at 1280 and 390 px into
// test-screenshots/ (git-ignored) and must not scroll sideways.
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

const check = (page, name) => checkState(page, 'supplier', name);

test('supplier → service → contract → gate refuses → complete → activate', async () => {
  const ciso = server.accounts.find((a) => a.email.startsWith('ciso'));
  const page = context.pages()[0] ?? (await context.newPage());
  await signInEnrolling(page, server, ciso.email, ciso.password);
  const base = `${server.url}organisaties/${server.organisationId}/leveranciers`;

  // The register of the demo (25 suppliers), through the navigation.
  await page.goto(`${server.url}`);
  await page.click('nav a:has-text("Leveranciersregister")');
  assert.match(page.url(), /\/leveranciers$/);
  assert.match(await page.textContent('main'), /Zaakwijs Software B\.V\./);
  await check(page, 'register');
  await page.click('a:has-text("Concentratie in de keten")');
  assert.match(await page.textContent('main table'), /Nimbus Cloud Europe B\.V\./);
  await check(page, 'concentration');

  // Register a supplier: a bad KvK number is named beside its field, the input kept.
  await page.goto(`${base}/nieuw`);
  await page.fill('#name', 'Testleverancier B.V.');
  await page.fill('#kvk_number', '1234');
  await page.fill('#contact_name_0', 'Jan Jansen');
  await page.fill('#contact_email_0', 'jan@test.example');
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('#kvk_number-error'), /8/);
  assert.equal(await page.inputValue('#name'), 'Testleverancier B.V.');
  await check(page, 'supplier-form-error');
  await page.fill('#kvk_number', '');
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('main'), /De leverancier is geregistreerd/);
  const supplierUrl = page.url().split('?')[0];

  // A service linked to a system of the register: its criticality follows the BIV.
  await page.click('a:has-text("Dienst toevoegen")');
  await page.fill('#name', 'Hosting zaaksysteem');
  await page.check('input[name=systems] >> nth=0');
  await page.selectOption('#dependency', 'midden');
  await page.check('#personal_data');
  await page.fill('#data_locations', 'NL, DE');
  await page.check('#cloud_service_provider');
  await check(page, 'service-form');
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('main'), /De dienst is toegevoegd/);
  await check(page, 'supplier-page');

  // A contract in concept; activating it is refused naming every missing item.
  await page.click('a:has-text("Contract toevoegen")');
  await page.fill('#reference', 'INK-TEST-1');
  await page.fill('#title', 'Hosting zaaksysteem');
  await page.check('input[name=services] >> nth=0');
  await page.fill('#starts_on', '2027-01-01');
  await page.fill('#ends_on', '2029-12-31');
  await page.fill('#notice_days', '90');
  await check(page, 'contract-form');
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('main'), /als concept/);
  const contractUrl = page.url().split('?')[0];
  await page.click('main button:has-text("Activeren")');
  const refusal = await page.textContent('#gate-items');
  for (const item of [/afhankelijkheidsrisicoanalyse/, /exitstrategie/, /niet openbaar gemaakt/, /Beveiligingsclausule/,
    /auditrecht/, /Clouddienst zonder situaties/]) {
    assert.match(refusal, item);
  }
  assert.match(await page.textContent('[role=alert]'), /kan niet actief worden/);
  await check(page, 'gate-refused');

  // Complete the contract: clauses, general terms, duties, triggers, exit, assessment.
  await page.goto(`${contractUrl}/bewerken`);
  for (const index of [0, 1, 2]) await page.fill(`#clause_text_${index}`, `Bijlage B, artikel ${index + 1}`);
  await page.selectOption('#general_terms', 'uitgesloten');
  for (const duty of ['incidents', 'audit', 'assurance', 'flow_down', 'chain_changes']) await page.check(`#duty_${duty}`);
  await page.fill('#termination_triggers', 'Faillissement\nGegevens buiten de EER');
  await page.fill('#exit_approach', 'Overstap naar een opvolger binnen zes maanden');
  await page.fill('#exit_data_return', 'Export in open formaat en verwijderverklaring');
  const completed = await page.$$eval('#analysis option', (options) =>
    options.find((option) => /afgerond/.test(option.textContent))?.value);
  assert.ok(completed, 'the demo has a completed risk analysis');
  await page.selectOption('#analysis', completed);
  await page.selectOption('#decision', 'beheersbaar');
  await page.fill('#decided_on', '2026-11-02');
  await page.fill('#decided_by', 'CISO');
  await check(page, 'contract-edit');
  await page.click('main button[type=submit]');
  assert.match(await page.textContent('main'), /Het contract is gewijzigd/);

  // The chain: a sub-supplier, then the disclosure and its judgement.
  await page.goto(supplierUrl);
  await page.click('main table a:has-text("Keten vastleggen")');
  await page.fill('#name', 'Nimbus Cloud Europe B.V.');
  await page.fill('#provides', 'hosting');
  await page.fill('#country', 'NL');
  await page.check('#cloud_service_provider');
  await page.click('main button:has-text("Toeleverancier toevoegen")');
  assert.match(await page.textContent('main table'), /Nimbus Cloud Europe B\.V\./);
  await page.fill('#disclosed_on', '2026-11-01');
  await page.fill('#risks', 'Hosting bij een cloudaanbieder');
  await page.selectOption('#judgement', 'acceptabel');
  await page.fill('#judged_by', 'CISO');
  await page.fill('#judged_on', '2026-11-03');
  await page.click('main button:has-text("Vastleggen")');
  assert.match(await page.textContent('main'), /Acceptabel/);
  await check(page, 'chain');

  // Now the gate passes and the contract becomes active.
  await page.goto(contractUrl);
  assert.match(await page.textContent('main'), /Alle punten van de poort zijn op orde/);
  await page.click('main button:has-text("Activeren")');
  assert.match(await page.textContent('main'), /Het contract is actief/);
  await check(page, 'contract-active');
});
