// axe-core run inside the page on one element, real colours and layout included: the serious and
// critical violations, each as its rule id and the elements it found.

import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE_FILE = 'axe.min.js';

/**
 * The page's Content-Security-Policy refuses inline scripts, injected ones included, and stays
 * on during the test; axe-core is therefore served from the page's own origin.
 */
export function serveAxeFrom(folder: string): void {
  copyFileSync(require.resolve('axe-core/axe.min.js'), join(folder, AXE_FILE));
}

interface AxeInPage {
  run(
    context: string,
    options: { resultTypes: string[] },
  ): Promise<{
    violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[];
  }>;
}

export async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ url: AXE_FILE });
  return page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: AxeInPage }).axe;
    const result = await axe.run(scope, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, selector);
}
