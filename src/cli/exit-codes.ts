// The command line's exit codes. Scripts that call it branch on these, so they never change.

export const EXIT_OK = 0;
/** Something went wrong that the user did not cause (a bug, a full disk). */
export const EXIT_FAILURE = 1;
/** Wrong usage: unknown option, missing value, a column the report does not have. */
export const EXIT_USAGE = 2;
/** The file cannot be read, or it is not a CloudAscent propensity report. */
export const EXIT_BAD_INPUT = 3;

export type ExitCode =
  typeof EXIT_OK | typeof EXIT_FAILURE | typeof EXIT_USAGE | typeof EXIT_BAD_INPUT;

/** A step that either gives a value or stops the command with an exit code and one line. */
export type Step<T> = { ok: true; value: T } | { ok: false; exit: ExitCode; message: string };

export function stop(
  exit: ExitCode,
  message: string,
): { ok: false; exit: ExitCode; message: string } {
  return { ok: false, exit, message };
}
