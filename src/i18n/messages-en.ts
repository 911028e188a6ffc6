// The English catalogue: the reference every other language must match key for key and
// placeholder for placeholder (a test checks it). Keys are grouped by their first word; add a
// key here first, then to every other catalogue.

export const messagesEn = {
  'cluster.actNow': 'Act Now',
  'cluster.evaluate': 'Evaluate',
  'cluster.nurture': 'Nurture',
  'cluster.educate': 'Educate',
  'cluster.blank': '(blank)',
  'cluster.other': '(other)',

  'band.high': 'High',
  'band.medium': 'Medium',
  'band.low': 'Low',
  'band.veryLow': 'Very Low',

  'report.azure': 'Azure',
  'report.m365': 'Microsoft 365',
  'report.surface': 'Surface',
  'report.d365': 'Dynamics 365',
  'report.security': 'Security',
  'report.renewals': 'Agreement renewals',
  'report.unknown': 'Unknown report',

  'reason.separator': ' · ',
  'reason.cluster': '{cluster} for {product}',
  'reason.fit': 'Fit {score} ({band})',
  'reason.fitBand': 'Fit {band}',
  'reason.intent': 'Intent {score} ({band})',
  'reason.intentBand': 'Intent {band}',
  'reason.scoresJoin': ', ',
  'reason.segmentAfterScores': '→ {code}',
  'reason.segment': 'segment {code}',
  'reason.cohorts': 'plays: {names}',
  'reason.cohortsMore': '+{count} more',
  'reason.owns': 'has {product}',
  'reason.ownsNot': 'no {product} yet',
  'reason.competitor': 'uses {name}',
  'reason.competitorUnnamed': 'uses a competitor',
  'reason.recent': 'bought in the last 36 months',
  'reason.notRecent': 'no purchase in the last 36 months',
  'reason.renewalDate': 'agreement ends {date}',
  'reason.renewalRevenue': '{amount} expiring',
  'reason.renewalBoth': 'agreement ends {date} ({amount} expiring)',
  'reason.revenue': 'potential {amount}',

  'problem.atLine': 'Line {line}: {message}',
  'problem.unknown': 'Something needs attention ({code}).',
  'problem.unknownWithDetails': 'Something needs attention ({code}: {details}).',
  'problem.empty-file': 'The file is empty. Download the report again from Partner Center.',
  'problem.binary-file':
    'This is not a text (CSV) file. Open the CloudAscent download itself, not a workbook or archive.',
  'problem.no-header':
    'No header row was found in the first 10 lines. Check that this is a CloudAscent CSV download.',
  'problem.title-lines-skipped': '{count} title line(s) above the header were skipped.',
  'problem.duplicate-header':
    'The header “{header}” appears {count} times; each column is kept, in file order.',
  'problem.malformed-quotes':
    'A quoted value is not closed properly ({kind}); the row may be split or merged.',
  'problem.ragged-row':
    'This row has {found} values where the header has {expected}; missing values count as blank.',
  'problem.ragged-rows-truncated':
    '{total} rows have a different number of values than the header; only the first {shown} are listed.',
  'problem.unknown-column':
    'The column “{header}” is not in this report; no account can match a condition on it.',
  'problem.unknown-cluster':
    '“{value}” is not a cluster. Use Act Now, Evaluate, Nurture or Educate.',
  'problem.no-cluster-columns':
    'No cluster column to target with, so no account is targeted. Choose a cluster column.',
  'problem.no-recent-column':
    'This report has no “transacted in the last 36 months” column, so “recent buyers only” matches no account. Turn that option off.',
  'problem.invalid-bands':
    'The score bands High {high}, Medium {medium}, Low {low} must rise from Low to High; the default bands 75/55/30 were used.',
  'problem.unreadable-cluster':
    'Row {row}, column “{column}”: “{value}” is not a cluster; the cell was left out.',
  'problem.unreadable-score':
    'Row {row}, column “{column}”: “{value}” is not a score from 0 to 100; the cell was left out.',
  'problem.unreadable-money':
    'Row {row}, column “{column}”: “{value}” is not an amount; the cell was left out.',
  'problem.unreadable-flag':
    'Row {row}, column “{column}”: “{value}” is not Yes or No; the cell did not count as Yes.',
  'problem.unreadable-date':
    'Row {row}, column “{column}”: “{value}” is not a date; the cell was left out.',
  'problem.more-unreadable-values':
    'Column “{column}”: {count} more cells could not be read and were left out.',
  'problem.ambiguous-date-order':
    'The dates in “{column}” could be month/day or day/month; they were read as {order}.',

  'problem.m365-or-surface':
    'This file could be the {likely} or the {other} report (both share one layout); it was read as {likely}. Choose the report type if that is wrong.',

  'dateOrder.MDY': 'month/day/year',
  'dateOrder.DMY': 'day/month/year',

  'evidence.layout-match': 'Matches the documented layout {layout} ({matched} of {total} columns).',
  'evidence.layout-nearest':
    'A newer file; the closest documented layout is {layout} ({matched} of {total} columns).',
  'evidence.report-type': '{type} report, decided by {basis}.',
  'evidence.products': 'Scores {count} product(s): {names}.',
  'evidence.plays': '{count} solution plays named “{prefix}…”.',
  'evidence.cohorts': '{count} solution-play (cohort) columns.',
  'evidence.flag-columns': '{count} play columns recognised by their Yes/No values.',
  'evidence.agreement-columns': 'Agreement columns: {names}.',
  'evidence.o365-products': 'Office 365 scores: a 2020–2021 Microsoft 365 report.',
  'evidence.name-hint': 'The name “{hint}” points to {type}.',
  'evidence.name-hint-ignored': 'The name “{hint}” suggests {type}, but the columns say otherwise.',
  'evidence.common-columns': '{matched} of {total} columns every CloudAscent report has.',
  'evidence.identifier-column': 'Accounts are named by “{header}”.',
  'evidence.revenue-column': 'Accounts are ordered by “{header}”.',
  'evidence.recent-column': '“{header}” tells who bought in the last 36 months.',
  'evidence.recent-successor': '“{header}” stands in for the 36-month purchase column.',
  'evidence.no-report-columns':
    'No score, play or agreement columns: this does not look like a CloudAscent report.',

  'basis.layout': 'its documented layout',
  'basis.agreement-columns': 'its agreement columns',
  'basis.products': 'the products it scores',
  'basis.plays': 'its solution plays',
  'basis.name-hint': 'the file or sheet name',

  'evidence.unknown': 'Clue: {code}.',
  'evidence.unknownWithDetails': 'Clue: {code} ({details}).',
} as const;

/** Every message key; the English catalogue defines the set. */
export type MessageKey = keyof typeof messagesEn;
