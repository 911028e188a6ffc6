// Shown when Excel already turned identifiers of the report into numbers: which columns, and
// the way out (the digits are gone from the sheet, so the file has to be opened again).

import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Lang } from '../core/types';
import type { DamagedColumn } from '../excel/types';
import { t } from '../i18n';

export interface DamageWarningProps {
  damage: readonly DamagedColumn[];
  lang: Lang;
  busy: boolean;
  onOpenFile(): void;
}

export function DamageWarning({ damage, lang, busy, onOpenFile }: DamageWarningProps) {
  const headers = damage.map((column) => `“${column.header}”`).join(', ');
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(lang, 'pane.damage.title')}</MessageBarTitle>
        {t(lang, 'pane.damage.text', { columns: headers })}
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={busy} onClick={onOpenFile}>
          {t(lang, 'pane.open.button')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
