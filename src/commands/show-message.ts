// Ribbon buttons have no pane to write in, so their outcome is shown in a small Office dialog
// (message.html, served with the add-in). The button's event is completed only once the dialog
// is closed, because a function command's runtime (and any dialog it opened) ends then.

import type { Lang } from '../core/types';
import { t } from '../i18n';
import type { CommandMessage } from './run-command';

/** What the handler needs of Office.context.ui and Office.EventType. */
export interface DialogHost {
  ui: Pick<Office.UI, 'displayDialogAsync'>;
  eventTypes: { message: Office.EventType; event: Office.EventType };
}

/** A function command's runtime ends after five minutes; the dialog closes before that. */
export const DIALOG_TIMEOUT_MS = 4 * 60 * 1000;

/** Keeps the address well under the lengths browsers and Office accept. */
const MAX_TEXT = 1200;

export function messageUrl(page: string, message: CommandMessage, lang: Lang): string {
  const url = new URL(page);
  const text = [message.text, ...message.details].join('\n');
  url.searchParams.set('lang', lang);
  url.searchParams.set('kind', message.ok ? 'success' : 'error');
  url.searchParams.set('title', message.title);
  url.searchParams.set('text', text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);
  url.searchParams.set('close', t(lang, 'command.close'));
  return url.toString();
}

/** Opens the message dialog and resolves once it is closed, failed to open, or timed out. */
export function showMessage(
  host: DialogHost,
  page: string,
  message: CommandMessage,
  lang: Lang,
  timeoutMs: number = DIALOG_TIMEOUT_MS,
): Promise<void> {
  return new Promise((resolve) => {
    host.ui.displayDialogAsync(
      messageUrl(page, message, lang),
      { height: 30, width: 30, displayInIframe: true },
      (result) => {
        // Office.AsyncResultStatus.Succeeded is the string "succeeded".
        if (String(result.status) !== 'succeeded') {
          resolve();
          return;
        }
        const dialog = result.value;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const finish = (close: boolean): void => {
          if (timer !== undefined) clearTimeout(timer);
          timer = undefined;
          if (close) dialog.close();
          resolve();
        };
        dialog.addEventHandler(host.eventTypes.message, () => finish(true));
        dialog.addEventHandler(host.eventTypes.event, () => finish(false));
        timer = setTimeout(() => finish(true), timeoutMs);
      },
    );
  });
}
