// One firmographic filter: a combobox the user types into to find a value, each value with how
// many accounts hold it. "Any" removes the filter. One value per column (see targeting.ts).

import { Combobox, Field, Option } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../core/types';
import type { FilterColumn } from '../excel/types';
import { formatWhole, t } from '../i18n';
import { findValues } from './search';

/** Values listed at once; typing narrows the rest down. */
export const VALUES_SHOWN = 50;

// Option values are prefixed so that a blank cell value ('') stays apart from "Any".
const ANY = 'any';
const optionValue = (value: string): string => `v:${value}`;

export interface FilterFieldProps {
  column: FilterColumn;
  label: string;
  /** The chosen value, or undefined for any value. */
  value: string | undefined;
  lang: Lang;
  onChange(value: string | undefined): void;
}

export function FilterField({ column, label, value, lang, onChange }: FilterFieldProps) {
  // What the user is typing; undefined while the box shows the chosen value.
  const [query, setQuery] = useState<string | undefined>(undefined);
  const shownText = (text: string): string => (text === '' ? t(lang, 'pane.filter.blank') : text);
  const anyText = t(lang, 'pane.filter.any');
  const found = findValues(column.values, query ?? '', VALUES_SHOWN);
  const hint =
    found.total > found.shown.length
      ? t(lang, 'pane.filter.more', {
          shown: formatWhole(found.shown.length, lang),
          total: formatWhole(found.total, lang),
        })
      : t(lang, 'pane.filter.values', { count: formatWhole(column.values.length, lang) });

  return (
    <Field label={label} hint={hint}>
      <Combobox
        value={query ?? (value === undefined ? anyText : shownText(value))}
        selectedOptions={[value === undefined ? ANY : optionValue(value)]}
        onChange={(event) => setQuery(event.target.value)}
        // The box shows "Any" or the chosen value; selecting it on focus lets typing start a
        // fresh search instead of appending to that text ("Any10" matches nothing).
        onFocus={(event) => event.target.select()}
        onOptionSelect={(_, data) => {
          const picked = data.optionValue;
          // Typing text that no longer matches the chosen value clears the selection; the
          // chosen value stays until the user picks another option.
          if (picked === undefined) return;
          setQuery(undefined);
          onChange(picked === ANY ? undefined : picked.slice(optionValue('').length));
        }}
        onOpenChange={(_, data) => {
          if (!data.open) setQuery(undefined);
        }}
        // Fluent names the arrow in English ("Open") and gives it a tab stop of its own: name it in
        // the pane's language and leave it to the mouse, as the box opens from the keyboard too
        // (Alt+Down), so seven filters are seven tab stops, not fourteen.
        expandIcon={{ 'aria-label': t(lang, 'pane.filter.showValues', { label }), tabIndex: -1 }}
      >
        <Option value={ANY}>{anyText}</Option>
        {found.shown.map((item) => (
          <Option key={item.value} value={optionValue(item.value)} text={shownText(item.value)}>
            {t(lang, 'pane.filter.option', {
              value: shownText(item.value),
              count: formatWhole(item.count, lang),
            })}
          </Option>
        ))}
        {found.total === 0 && (
          <Option disabled value="none" text={t(lang, 'pane.filter.noMatch')}>
            {t(lang, 'pane.filter.noMatch')}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
