// The workbench's own controls: which sample is loaded and which language and theme the mocked
// Office reports. The pane reads those once when it starts, so a change reloads the page.

import type { ChangeEvent } from 'react';
import { OFFERED_LANGS, workbenchQuery, type WorkbenchOptions } from './options';

export interface ToolbarProps {
  options: WorkbenchOptions;
  samples: readonly string[];
  /** Opens the workbench at another address query. */
  navigate(query: string): void;
}

export function Toolbar({ options, samples, navigate }: ToolbarProps) {
  const change =
    (key: keyof WorkbenchOptions) =>
    (event: ChangeEvent<HTMLSelectElement>): void =>
      navigate(workbenchQuery({ ...options, [key]: event.target.value }));
  const langs = OFFERED_LANGS.includes(options.lang as (typeof OFFERED_LANGS)[number])
    ? OFFERED_LANGS
    : [...OFFERED_LANGS, options.lang];

  return (
    <header className="toolbar">
      <strong className="toolbar-title">Workbench</strong>
      <label>
        Sample report{' '}
        <select value={options.sample} onChange={change('sample')}>
          {samples.map((sample) => (
            <option key={sample} value={sample}>
              {sample.replace(/\.csv$/, '')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Office language{' '}
        <select value={options.lang} onChange={change('lang')}>
          {langs.map((lang) => (
            <option key={lang}>{lang}</option>
          ))}
        </select>
      </label>
      <label>
        Office theme{' '}
        <select value={options.theme} onChange={change('theme')}>
          <option value="light">light</option>
          <option value="dark">dark</option>
        </select>
      </label>
    </header>
  );
}
