// Proof of the application shell (issue #12 items 1 and 6): every page of the demo as
// the CISO at 1280 and 390 px, each with a screenshot (into test-screenshots/, which git
// ignores; BOLWERK_SCREENSHOT_DIR overrides), axe (WCAG 2.1 A/AA: 0 violations) and no
// sideways scrolling of the page. Plus the shell's own behaviour: the skip link shows
// only on focus, the menu collapses into a <details> on narrow screens, print hides the
// chrome.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer, signInEnrolling } from './bolwerk_server.mjs';
import { openBrowser, closeBrowsers, axeViolations } from './harness.mjs';
const widths = [1280, 390];
const screenshots = resolve(process.env.BOLWERK_SCREENSHOT_DIR || 'test-screenshots');

let server;
let context;

before(async () => {
  server = await startServer();
  context = await openBrowser({ prefix: 'bolwerk-chromium-shell-' });
  mkdirSync(screenshots, { recursive: true });
  // One CISO session for both tests (the pages of the context share its cookies).
  const page = await context.newPage();
  const ciso = server.accounts.find((a) => a.email.startsWith('ciso'));
  await signInEnrolling(page, server, ciso.email, ciso.password);
  await page.close();
});

after(async () => {
  await closeBrowsers();
  await server?.stop();
});

// The first link in `main` whose href matches, as a path; fails the test when missing.
async function firstLink(page, pattern) {
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const found = hrefs.find((href) => pattern.test(href));
  assert.ok(found, `a link matching ${pattern}`);
  return found;
}

// Visits one page at one width; returns what is wrong with it (nothing: []).
async function check(page, name, path, width) {
  await page.setViewportSize({ width, height: width > 800 ? 900 : 844 });
  const response = await page.goto(`${server.url}${path.replace(/^\//, '')}`);
  if (response.status() !== 200) return [`${name}: HTTP ${response.status()}`];
  await page.screenshot({ path: join(screenshots, `${name}-${width}.png`), fullPage: true });
  const problems = (await axeViolations(page, `${name} at ${width} px`)).map((v) => `${name} at ${width} px: ${v}`);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (scrollWidth > width) problems.push(`${name} at ${width} px scrolls sideways: ${scrollWidth} px wide`);
  return problems;
}

test('every page of the demo at 1280 and 390 px: screenshot, axe, no sideways scrolling', async () => {
  const page = await context.newPage();
  const base = `/organisaties/${server.organisationId}`;
  await page.goto(`${server.url}organisaties/${server.organisationId}/risicos`);
  const risk = await firstLink(page, /\/risicos\/\d+$/);
  await page.goto(`${server.url}organisaties/${server.organisationId}/systemen`);
  const system = await firstLink(page, /\/systemen\/\d+$/);
  await page.goto(`${server.url}organisaties/${server.organisationId}/bewijs`);
  const evidence = await firstLink(page, /\/bewijs\/\d+$/);
  await page.goto(`${server.url}organisaties/${server.organisationId}/beheersmaatregelen`);
  const control = await firstLink(page, /\/beheersmaatregelen\/[\d.]+$/);
  const pages = [
    ['home', '/'],
    ['dashboard', `${base}/dashboard`],
    ['gap-list', `${base}/gaplijst`],
    ['controls', `${base}/beheersmaatregelen`],
    ['control', control],
    ['measure', `${base}/maatregelen/5.17.01`],
    ['risks', `${base}/risicos`],
    ['risk-form', `${base}/risicos/nieuw`],
    ['risk', risk],
    ['board', `${base}/risicos/bestuur`],
    ['reviews', `${base}/risicos/herbeoordeling`],
    ['risk-import', `${base}/risicos/import`],
    ['systems', `${base}/systemen`],
    ['system', system],
    ['system-form', `${base}/systemen/nieuw`],
    ['methodology', `${base}/risicomethodiek`],
    ['analyses', `${base}/risicoanalyses`],
    ['vvt', `${base}/vvt`],
    ['vvt-scope', `${base}/vvt/reikwijdte`],
    ['evidence', `${base}/bewijs`],
    ['evidence-item', evidence],
    ['evidence-form', `${base}/bewijs/nieuw`],
    ['organisation', base],
    ['members', `${base}/gebruikers`],
    ['audit', `${base}/audit`],
    ['account', '/account'],
  ];
  const problems = [];
  for (const width of widths) {
    for (const [name, path] of pages) problems.push(...(await check(page, name, path, width)));
  }
  assert.deepEqual(problems, [], 'every page: 200, axe clean, no sideways scrolling');
  assert.equal(pages.length, 26);
  await page.close();
});

test('the shell: skip link on focus, menu in <details> below 768 px, print without chrome', async () => {
  const page = await context.newPage();
  const risks = `${server.url}organisaties/${server.organisationId}/risicos`;

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(risks);
  const skip = page.locator('.utrecht-skip-link');
  assert.ok((await skip.boundingBox()).y < 0, 'the skip link is off screen until focused');
  await page.keyboard.press('Tab');
  assert.ok((await skip.boundingBox()).y >= 0, 'the first Tab shows the skip link');
  assert.ok(await page.isVisible('nav a[aria-current=page]:has-text("Risicoregister")'), 'the menu is open on wide screens');
  assert.equal(await page.isVisible('summary:has-text("Menu")'), false);
  const groups = await page.locator('.bolwerk-nav__heading').allTextContents();
  assert.deepEqual(groups.slice(0, 3), ['Overzicht', 'Normenkader & gap-analyse', "Risico's"]);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(risks);
  assert.equal(await page.isVisible('nav a:has-text("Risicoregister")'), false, 'closed on narrow screens');
  await page.click('summary:has-text("Menu")');
  assert.ok(await page.isVisible('nav a:has-text("Risicoregister")'), 'opens without JavaScript');

  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`${risks}/nieuw`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 320, 'works down to 320 px');

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await page.goto(risks);
  for (const chrome of ['.bolwerk-header', '.bolwerk-nav', '.bolwerk-footer'])
    assert.equal(await page.isVisible(chrome), false, `${chrome} is not printed`);
  assert.ok(await page.isVisible('main h1'));
  await page.emulateMedia({ media: 'screen' });
  await page.close();
});
