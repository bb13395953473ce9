/**
 * Headless Chromium for the tests that look at rendered pages (the site, the HTML summary and report,
 * print-to-PDF): Debian's `chromium` (or `XWGK_CHROMIUM`), driven by playwright-core, started one way
 * everywhere. If it cannot start, the test fails: `.ci/run` installs it.
 */
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.XWGK_CHROMIUM ?? '/usr/bin/chromium';
/** No sandbox (tests run as root in CI), no GPU, and nothing that reaches the network on its own. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless browser; close it when done. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 120_000 });
}
