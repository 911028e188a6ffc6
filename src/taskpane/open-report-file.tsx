// Open report file…: a button that opens the system's file picker (a hidden file input) for a
// CSV download, with a line saying why to use it and the outcome of the last import.

import { Button } from '@fluentui/react-components';
import type { RefObject } from 'react';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import { PaneMessageBar } from './pane-message';
import { usePaneStyles } from './pane-styles';
import type { PaneMessage } from './use-report';
import type { PickedFile } from './use-report-file';

export interface OpenReportFileProps {
  lang: Lang;
  busy: boolean;
  /** The hidden input, so other parts of the pane can open the picker too. */
  inputRef: RefObject<HTMLInputElement | null>;
  message: PaneMessage | undefined;
  onOpen(file: PickedFile): void;
}

export function OpenReportFile({ lang, busy, inputRef, message, onOpen }: OpenReportFileProps) {
  const styles = usePaneStyles();
  const label = t(lang, 'pane.open.button');
  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        className={styles.visuallyHidden}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that picking the same file again fires a change.
          event.currentTarget.value = '';
          if (file !== undefined) onOpen(file);
        }}
      />
      <div>
        <Button disabled={busy} onClick={() => inputRef.current?.click()}>
          {label}
        </Button>
      </div>
      <span className={styles.hint}>{t(lang, 'pane.open.hint')}</span>
      {message !== undefined && <PaneMessageBar message={message} />}
    </>
  );
}
