// What the workbench shows, from its address: which sample report, and the language and theme
// the mocked Office reports to the pane (`?sample=...&lang=pt-BR&theme=dark`).

import type { ThemeKind } from '../taskpane/office-start';

export interface WorkbenchOptions {
  /** File name of the sample report, one of the samples/ folder. */
  sample: string;
  /** Office's display language as Office spells it (`en-US`, `pt-BR`, ...). */
  lang: string;
  theme: ThemeKind;
}

export const DEFAULT_SAMPLE = 'CloudAscent - Azure propensity.csv';
export const DEFAULT_LANG = 'en-US';

/** Languages offered in the toolbar; any other tag in the address is passed on as well. */
export const OFFERED_LANGS = ['en-US', 'pt-BR', 'es-ES'] as const;

// A language tag, loosely: letters, digits and hyphens only, so nothing odd reaches the pane.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** The options in `search`; a value that is missing or not offered falls back to the default. */
export function workbenchOptions(search: string, samples: readonly string[]): WorkbenchOptions {
  const query = new URLSearchParams(search);
  const sample = query.get('sample');
  const lang = query.get('lang');
  const fallbackSample = samples.includes(DEFAULT_SAMPLE) ? DEFAULT_SAMPLE : (samples[0] ?? '');
  return {
    sample: sample !== null && samples.includes(sample) ? sample : fallbackSample,
    lang: lang !== null && LANGUAGE_TAG.test(lang) ? lang : DEFAULT_LANG,
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
  };
}

/** The address query for `options`, to reload the workbench with another choice. */
export function workbenchQuery(options: WorkbenchOptions): string {
  const query = new URLSearchParams({
    sample: options.sample,
    lang: options.lang,
    theme: options.theme,
  });
  return `?${query.toString()}`;
}
