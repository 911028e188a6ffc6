// What each ribbon button does, as a function of the adapter, so that it can be tested on the
// in-memory workbook: Target now (read the report, apply the default targeting), Explain and
// Reset. Every outcome, success or failure, becomes a short message for the user.

import type { Lang } from '../core/types';
import type { ReportAdapter } from '../excel/types';
import { reportTypeLabel, t } from '../i18n';

export type CommandName = 'targetNow' | 'explainTargets' | 'resetReport';

/** The function names the manifest's ExecuteFunction actions call. */
export const COMMAND_NAMES: readonly CommandName[] = ['targetNow', 'explainTargets', 'resetReport'];

export interface CommandMessage {
  ok: boolean;
  title: string;
  text: string;
  /** Notices worth reading (notes not supported, a guessed report type). */
  details: string[];
}

function success(lang: Lang, text: string, details: string[] = []): CommandMessage {
  return { ok: true, title: t(lang, 'command.title'), text, details };
}

function failure(lang: Lang, text: string): CommandMessage {
  return { ok: false, title: t(lang, 'command.failed'), text, details: [] };
}

async function targetNow(adapter: ReportAdapter, lang: Lang): Promise<CommandMessage> {
  const inspected = await adapter.inspect({ lang });
  if (!inspected.ok) return failure(lang, inspected.message);
  const details: string[] = [];
  const report = inspected.value;
  if (report.needsReportTypeChoice) {
    const type = reportTypeLabel(report.profile.reportType, lang);
    details.push(t(lang, 'excel.notice.reportTypeGuessed', { type }));
  }
  if (!report.applied && adapter.preview({}, lang).targeted === 0) {
    return success(lang, t(lang, 'command.noTargets'), details);
  }
  const applied = await adapter.apply({}, { lang });
  if (!applied.ok) return failure(lang, applied.message);
  const count = applied.value.targeted;
  const key = count === 1 ? 'command.targetedOne' : 'command.targetedMany';
  return success(lang, t(lang, key, { count }), [...details, ...applied.notices]);
}

async function explain(adapter: ReportAdapter, lang: Lang): Promise<CommandMessage> {
  const explained = await adapter.explain({ lang });
  if (!explained.ok) return failure(lang, explained.message);
  const { targeted, notesWritten } = explained.value;
  let text = t(lang, targeted === 1 ? 'command.explainedOne' : 'command.explainedMany', {
    count: targeted,
  });
  if (notesWritten > 0) text += ` ${t(lang, 'command.notes', { count: notesWritten })}`;
  return success(lang, text, explained.notices);
}

async function reset(adapter: ReportAdapter, lang: Lang): Promise<CommandMessage> {
  const done = await adapter.reset({ lang });
  return done.ok
    ? success(lang, t(lang, 'command.resetDone'), done.notices)
    : failure(lang, done.message);
}

/** Runs one button's work; never throws (an unexpected error is a message too). */
export async function runCommand(
  name: CommandName,
  adapter: ReportAdapter,
  lang: Lang,
): Promise<CommandMessage> {
  try {
    if (name === 'targetNow') return await targetNow(adapter, lang);
    if (name === 'explainTargets') return await explain(adapter, lang);
    return await reset(adapter, lang);
  } catch {
    return failure(lang, t(lang, 'pane.unexpected'));
  }
}

export interface CommandDeps {
  adapter: ReportAdapter;
  lang: Lang;
  /** Shows the message; resolves when the user has seen it (or it could not be shown). */
  notify: (message: CommandMessage) => Promise<void>;
}

/**
 * The handler behind a button: runs the command, shows its outcome, and always completes the
 * event, as Office requires before the next click of the button can run.
 */
export async function performCommand(
  name: CommandName,
  deps: CommandDeps,
  event: { completed(): void },
): Promise<void> {
  try {
    const message = await runCommand(name, deps.adapter, deps.lang);
    await deps.notify(message);
  } catch {
    // Showing the message failed; there is nothing left to tell the user with.
  } finally {
    event.completed();
  }
}
