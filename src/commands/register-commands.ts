// Binds the manifest's function names to their handlers, each with its own adapter over
// Excel.run and the user's display language.

import type { ExcelRun } from '../excel/types';
import { createReportAdapter } from '../excel';
import { resolveLang } from '../i18n';
import { COMMAND_NAMES, performCommand } from './run-command';
import { showMessage, type DialogHost } from './show-message';

/** The parts of the Office global the ribbon buttons use. */
export interface OfficeForCommands {
  actions: { associate(name: string, action: (event: Office.AddinCommands.Event) => void): void };
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui: DialogHost['ui'];
  };
  EventType: { DialogMessageReceived: Office.EventType; DialogEventReceived: Office.EventType };
}

/** `messagePage`: the absolute URL of message.html, next to the function file. */
export function registerCommands(
  office: OfficeForCommands,
  run: ExcelRun,
  messagePage: string,
): void {
  const lang = resolveLang(office.context.displayLanguage);
  const dialogs: DialogHost = {
    ui: office.context.ui,
    eventTypes: {
      message: office.EventType.DialogMessageReceived,
      event: office.EventType.DialogEventReceived,
    },
  };
  for (const name of COMMAND_NAMES) {
    office.actions.associate(name, (event) => {
      const adapter = createReportAdapter(run, {
        isSetSupported: (set, version) => office.context.requirements.isSetSupported(set, version),
      });
      void performCommand(
        name,
        { adapter, lang, notify: (message) => showMessage(dialogs, messagePage, message, lang) },
        event,
      );
    });
  }
}
