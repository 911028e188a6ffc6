// Debian's Chromium driven by playwright-core, with everything that would reach the network
// switched off, and a browser context that lets requests go to the local server only.

import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** The flags the README documents; Playwright gives every launch a fresh, throwaway profile. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A context whose requests may only go to 127.0.0.1; any other is aborted and recorded in
 * `blocked`, so a test can show that nothing tried to leave the machine.
 */
export async function localOnlyContext(
  browser: Browser,
  blocked: string[],
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') await route.continue();
    else {
      blocked.push(url);
      await route.abort('blockedbyclient');
    }
  });
  return context;
}
