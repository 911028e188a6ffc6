// Every header named on the command line must be a column of the right kind: a typo, or a
// country chosen as a cluster column, would otherwise quietly empty the target list. Headers are
// looked up by core, the way targeting will look them up, one option at a time so that the
// message can name the option.

import { resolveCriteria } from '../core';
import type { Problem, ReportProfile, TargetCriteria } from '../core';
import { closeHeaders } from './close-headers';
import { EXIT_USAGE, stop, type Step } from './exit-codes';
import { MESSAGES, type CliMessages } from './messages';
import type { TargetArgs } from './parse-args';

const quoted = (headers: readonly string[]): string =>
  headers.map((header) => `"${header}"`).join(', ');

function refusal(
  problem: Problem,
  option: string,
  profile: ReportProfile,
  text: CliMessages,
): string | undefined {
  const header = String(problem.params?.header ?? '');
  const headers = profile.columns.map((column) => column.header);
  switch (problem.code) {
    case 'unknown-column':
      return text.unknownColumn(header, option, quoted(closeHeaders(header, headers)));
    case 'not-a-cluster-column': {
      const clusters = profile.columns.filter((column) => column.role === 'cluster');
      return text.notAClusterColumn(header, option, quoted(clusters.map((c) => c.header)));
    }
    case 'not-a-cohort-column':
      return text.notACohortColumn(header, option);
    default:
      return undefined;
  }
}

export function checkColumns(args: TargetArgs, profile: ReportProfile): Step<true> {
  const text = MESSAGES[args.lang];
  const asked: [string, TargetCriteria][] = [
    ['--cluster-column', { clusterColumns: args.clusterColumns }],
    ['--cohort', { cohorts: args.cohorts }],
    ['--where', { where: args.where }],
  ];
  for (const [option, criteria] of asked) {
    for (const problem of resolveCriteria(profile, criteria).problems) {
      const message = refusal(problem, option, profile, text);
      if (message !== undefined) return stop(EXIT_USAGE, message);
    }
  }
  return { ok: true, value: true };
}
