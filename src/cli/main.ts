#!/usr/bin/env node
// Entry point of `propensity-navigator`. Whatever happens, the user sees at most one line on
// stderr and a documented exit code, never a stack trace.

import { EXIT_FAILURE, EXIT_OK, type ExitCode, type Step } from './exit-codes';
import { processIO, type CliIO } from './io';
import { MESSAGES } from './messages';
import { langOf, parseArgs } from './parse-args';
import { runAnalyze } from './run-analyze';
import { runTarget } from './run-target';

/** A failed step, and whether the usage text should follow its message. */
type Outcome = Step<ExitCode> & { showUsage?: boolean };

async function run(argv: readonly string[], io: CliIO): Promise<Outcome> {
  const args = parseArgs(argv);
  if (!args.ok) return { ...args, showUsage: true };
  const command = args.value;
  if (command.command === 'help') {
    io.out(MESSAGES[command.lang].usage + '\n');
    return { ok: true, value: EXIT_OK };
  }
  return command.command === 'analyze' ? runAnalyze(command, io) : runTarget(command, io);
}

/** Runs the command line and returns its exit code; writes only through `io`. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<ExitCode> {
  try {
    const outcome = await run(argv, io);
    if (outcome.ok) return outcome.value;
    const usage = MESSAGES[langOf(argv)].usage;
    // Without any argument the usage text is the whole message.
    if (outcome.message === usage) io.err(usage + '\n');
    else {
      io.err(`propensity-navigator: ${outcome.message.replace(/\s*\n\s*/g, ' ')}\n`);
      if (outcome.showUsage) io.err(`\n${usage}\n`);
    }
    return outcome.exit;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = MESSAGES.en.unexpected(reason).replace(/\s*\n\s*/g, ' ');
    io.err(`propensity-navigator: ${message}\n`);
    return EXIT_FAILURE;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT_FAILURE;
    },
  );
}
