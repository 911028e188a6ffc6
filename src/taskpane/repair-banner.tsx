// Shown when the active sheet holds a whole CSV line per cell in column A: the way out is to
// split the lines into columns on a new sheet, or to open the file itself.

import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Lang } from '../core/types';
import { t } from '../i18n';

export interface RepairBannerProps {
  lang: Lang;
  busy: boolean;
  onSplit(): void;
}

export function RepairBanner({ lang, busy, onSplit }: RepairBannerProps) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(lang, 'pane.repair.title')}</MessageBarTitle>
        {t(lang, 'pane.repair.text')}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" disabled={busy} onClick={onSplit}>
          {t(lang, 'pane.repair.button')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
