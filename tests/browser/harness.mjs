// What every browser test shares: Debian Chromium driven by playwright-core (no
// downloaded browser), one persistent profile per person, axe-core for WCAG 2.1 A/AA,
// and time limits on every wait so that a stuck step fails with its name instead of
// running into ctest's timeout without a word.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Generous for an ASan build on a busy 2-core machine, short enough to name the step.
const stepTimeoutMs = 60_000;
const axeTimeoutMs = 90_000;

// Rejects with `what` when `promise` takes longer than `ms`.
export function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Opens Chromium with a fresh profile; `closeBrowsers` closes every one opened here.
const opened = [];
export async function openBrowser({ prefix = 'bolwerk-chromium-', javaScript = true, acceptDownloads = true } = {}) {
  const profile = mkdtempSync(join(tmpdir(), prefix));
  const context = await within(stepTimeoutMs, 'starting Chromium', chromium.launchPersistentContext(profile, {
    executablePath: process.env.BOLWERK_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    javaScriptEnabled: javaScript,
    acceptDownloads,
    args: chromiumFlags,
  }));
  context.setDefaultTimeout(stepTimeoutMs);
  context.setDefaultNavigationTimeout(stepTimeoutMs);
  opened.push({ profile, context });
  return context;
}

export async function closeBrowsers() {
  for (const { profile, context } of opened.splice(0)) {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}

// The page's WCAG 2.1 A/AA violations as readable lines (none: []).
export async function axeViolations(page, name) {
  const results = await within(axeTimeoutMs, `axe on ${name}`,
    new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze());
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
}

export async function expectAccessible(page, name) {
  assert.deepEqual(await axeViolations(page, name), [], `axe violations on ${name}`);
}

// One page state, checked the same way in every journey: axe (WCAG 2.1 A/AA) and no
// sideways scrolling at 1280 and 390 px, and a full-page screenshot of each width into
// BOLWERK_SCREENSHOT_DIR (default test-screenshots/, git-ignored) as
// `${prefix}-${name}-${width}.png`, for people to look at.
export async function checkState(page, prefix, name) {
  const screenshots = resolve(process.env.BOLWERK_SCREENSHOT_DIR || 'test-screenshots');
  mkdirSync(screenshots, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page, `${name} at ${width} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${name} scrolls sideways at ${width} px (${overflow} px)`);
    await page.screenshot({ path: join(screenshots, `${prefix}-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
