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
    'This is not a text (CSV) file. Open the CloudAscent download itself, not a workbook or ' +
    'archive.',
  'problem.no-header':
    'No header row was found in the first 10 lines. Check that this is a CloudAscent CSV download.',
  'problem.title-lines-skipped': '{count} title lines above the header were skipped.',
  'problem.title-lines-skipped.one': 'A title line above the header was skipped.',
  'problem.duplicate-header':
    'The header “{header}” appears {count} times; each column is kept, in file order.',
  'problem.malformed-quotes':
    'A quoted value is not closed properly ({kind}); the row may be split or merged.',
  'problem.ragged-row':
    'This row has {found} values where the header has {expected}; missing values count as blank.',
  'problem.ragged-rows-truncated':
    '{total} rows have a different number of values than the header; only the first {shown} are ' +
    'listed.',
  'problem.unknown-column':
    'The column “{header}” is not in this report; no account can match a condition on it.',
  'problem.not-a-cluster-column':
    'The column “{header}” is not a cluster column (Act Now, Evaluate, Nurture, Educate), so it ' +
    'was left out of the cluster columns.',
  'problem.not-a-cohort-column':
    'The column “{header}” is not a Yes/No column such as a solution play, so no account can ' +
    'match a condition that it be Yes.',
  'problem.unknown-cluster':
    '“{value}” is not a cluster. Use Act Now, Evaluate, Nurture or Educate.',
  'problem.no-cluster-columns':
    'No cluster column to target with, so no account is targeted. Choose a cluster column.',
  'problem.no-recent-column':
    'This report has no “transacted in the last 36 months” column, so “recent buyers only” ' +
    'matches no account. Turn that option off.',
  'problem.invalid-bands':
    'The score bands High {high}, Medium {medium}, Low {low} must rise from Low to High; the ' +
    'default bands 75/55/30 were used.',
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
    'This file could be the {likely} or the {other} report (both share one layout); it was read ' +
    'as {likely}. Choose the report type if that is wrong.',
  'problem.identifiers-damaged':
    'Excel changed {count} values in “{header}” when it opened the CSV; {lost} of them lost ' +
    'leading zeros or digits for good. Use Open report file… to open the CSV again with ' +
    'identifiers kept as text.',
  'problem.identifiers-as-numbers':
    'Excel turned {count} values in “{header}” into numbers when it opened the CSV. Use Open ' +
    'report file… to open the CSV again with identifiers kept as text.',

  'dateOrder.MDY': 'month/day/year',
  'dateOrder.DMY': 'day/month/year',

  'evidence.layout-match': 'Matches the documented layout {layout} ({matched} of {total} columns).',
  'evidence.layout-nearest':
    'A newer file; the closest documented layout is {layout} ({matched} of {total} columns).',
  'evidence.report-type': '{type} report, decided by {basis}.',
  'evidence.products': 'Scores {count} products: {names}.',
  'evidence.products.one': 'Scores one product: {names}.',
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
  // The task pane. Counts of accounts come in two keys (one, many) so neither language needs
  // an "(s)".
  'pane.title': 'Propensity Navigator',
  'pane.starting': 'Starting…',
  'pane.outsideExcel':
    'This page is the Propensity Navigator task pane. Open it in Excel: Home > Propensity > ' +
    'Navigator.',
  'pane.officeUnavailable':
    'Office did not finish loading. Check that appsforoffice.microsoft.com can be reached, then ' +
    'close and reopen this pane.',
  'pane.unexpected':
    'Something unexpected went wrong. Try again; if it happens again, turn on diagnostic logging ' +
    'under Support, repeat the step and send the console output to your support contact.',
  'pane.accountsOne': '{count} account',
  'pane.accountsMany': '{count} accounts',

  'pane.report.heading': 'Report',
  'pane.report.refresh': 'Refresh',
  'pane.report.sheet': 'Sheet',
  'pane.report.type': 'Report type',
  'pane.report.layout': 'Layout',
  'pane.report.layoutNewer': 'newer than the documented layouts',
  'pane.report.layoutUnrecognized': 'not a documented layout',
  'pane.report.layoutFiscal': 'FY{year}',
  'pane.report.layoutDated': '{month} {year}',
  'pane.report.rows': 'Accounts',
  'pane.report.confidence': 'Confidence',
  'pane.report.confidenceValue': '{level} ({percent}%)',
  'pane.report.evidence': 'How the report was recognised',
  'pane.report.warnings': 'Worth checking',
  'pane.report.moreWarnings': '{count} more not shown.',
  'pane.report.loading': 'Reading the active sheet…',
  'pane.report.failed': 'This sheet cannot be targeted',
  'pane.report.cancelled': 'Reading the sheet was cancelled. Select Refresh to read it again.',
  'pane.report.applied': 'A target list is applied to this sheet; Explain and Reset work on it.',
  'confidence.high': 'High',
  'confidence.medium': 'Medium',
  'confidence.low': 'Low',

  'pane.choice.title': 'Which report is this?',
  'pane.choice.question':
    'The {first} and {second} reports share one layout and nothing in this workbook tells them ' +
    'apart. Your answer is saved in the workbook.',
  'pane.choice.saved': 'Saved: this sheet is read as the {type} report.',

  'pane.targeting.heading': 'Targeting',
  'pane.targeting.clusters': 'Clusters',
  'pane.targeting.noCluster': 'Choose at least one cluster.',
  'pane.targeting.products': 'Cluster columns (products)',
  'pane.targeting.noProduct': 'Choose at least one cluster column.',
  'pane.targeting.cohorts': 'Solution plays',
  'pane.targeting.cohortsHint': 'An account must be Yes in every play you choose.',
  'pane.targeting.cohortsChosen': '{count} chosen',
  'pane.targeting.cohortsSearch': 'Search solution plays',
  'pane.targeting.cohortYes': '{count} Yes',
  'pane.targeting.cohortsNoMatch': 'No solution play matches “{query}”.',
  'pane.targeting.noCohorts': 'This report has no solution-play columns.',
  'pane.targeting.clearCohorts': 'Clear chosen plays',
  'pane.targeting.recent': 'Transacted in the last 36 months only',
  'pane.targeting.recentMissing':
    'This report has no “transacted in the last 36 months” column, so this option is off.',
  'pane.targeting.filters': 'Firmographic filters',
  'pane.targeting.filtersHint': 'One value per column; an account must match every filter you set.',
  'pane.filter.any': 'Any',
  'pane.filter.blank': '(blank)',
  'pane.filter.option': '{value} ({count})',
  'pane.filter.values': '{count} values; type to search.',
  'pane.filter.more': 'Showing {shown} of {total} matching values; type more to narrow.',
  'pane.filter.noMatch': 'No value matches.',
  'pane.filter.showValues': 'Show the {label} values',
  'pane.column.subSegment': 'Sub-segment',
  'pane.column.industry': 'Industry',
  'pane.column.vertical': 'Vertical',
  'pane.column.country': 'Country',
  'pane.column.state': 'State',
  'pane.column.city': 'City',
  'pane.column.orgSize': 'Org size',

  'pane.result.heading': 'Result',
  'pane.result.targetedOne': '{count} account targeted',
  'pane.result.targetedMany': '{count} accounts targeted',
  'pane.result.byCluster': '{cluster}: {count}',
  'pane.actions.label': 'Sheet actions',
  'pane.actions.apply': 'Apply to sheet',
  'pane.actions.explain': 'Explain',
  'pane.actions.reset': 'Reset',
  'pane.actions.applied': 'Applied: {accounts} filtered and ordered by priority on the sheet.',
  'pane.actions.explained': 'Explained: the Why column is written for {accounts}.',
  'pane.actions.notes': 'Notes were added to the first {count} accounts.',
  'pane.actions.notesAll': 'Each account name now has a note with its reason.',
  'pane.actions.resetDone': 'The sheet is back as you downloaded it.',
  'pane.actions.cancelled': 'Cancelled. The sheet is as it was before.',
  'pane.actions.failed': 'That did not work',
  'pane.chart.heading': 'Accounts per cluster',
  'pane.chart.caption': 'All accounts of the report; the clusters you chose are highlighted.',
  'pane.chart.summary': '{column}: {counts}',
  'pane.chart.count': '{cluster} {count}',
  'pane.heatmap.heading': 'Fit × Intent',
  'pane.heatmap.product': 'Product',
  'pane.heatmap.caption':
    'All accounts scored for {product}: Fit band in rows, Intent band in columns.',
  'pane.heatmap.fit': 'Fit {band}',
  'pane.heatmap.intentAxis': 'Intent',
  'pane.heatmap.cell': '{code}: Fit {fit}, Intent {intent}, {accounts}',
  'pane.heatmap.none': 'No product in this report has both Fit and Intent scores.',
  'pane.top.heading': 'Top accounts',
  'pane.top.none': 'No account matches these criteria.',
  'pane.top.segment': 'segment {code}',

  'pane.work.inspect': 'Reading the active sheet…',
  'pane.work.choose': 'Saving the report type…',
  'pane.work.apply': 'Applying the target list…',
  'pane.work.explain': 'Writing explanations…',
  'pane.work.reset': 'Restoring the sheet…',
  'pane.stage.read': 'Reading rows',
  'pane.stage.write': 'Writing helper columns',
  'pane.stage.filter': 'Filtering',
  'pane.stage.sort': 'Sorting by priority',
  'pane.stage.format': 'Colouring clusters',
  'pane.stage.notes': 'Writing notes',
  'pane.stage.reset': 'Restoring',
  'pane.work.import': 'Opening the report file…',
  'pane.work.repair': 'Splitting into columns…',
  'pane.stage.import': 'Writing rows',
  'pane.file.heading': 'Report file',
  'pane.open.button': 'Open report file…',
  'pane.open.hint':
    'Opens a CloudAscent CSV in a new sheet, with IDs, DUNS numbers and postal codes exactly as ' +
    'downloaded.',
  'pane.open.done': '{rows} rows were opened into the new sheet “{sheet}”.',
  'pane.open.failed': 'The file was not opened',
  'pane.repair.title': 'The report is in column A',
  'pane.repair.text':
    'Each row holds a whole line of the CSV. Split into columns puts the lines into columns on a ' +
    'new sheet; this sheet stays as it is.',
  'pane.repair.button': 'Split into columns',
  'pane.damage.title': 'Excel changed identifiers',
  'pane.damage.text':
    'Excel turned identifiers in {columns} into numbers when it opened the CSV, and the digits ' +
    'it dropped cannot be brought back from this sheet. Open the downloaded CSV again instead:',
  'pane.progress.count': '{stage}: {done} of {total}',
  'pane.progress.cancel': 'Cancel',

  'pane.support.heading': 'Support',
  'pane.support.logLevel': 'Diagnostic logging',
  'pane.support.hint':
    'Writes what the add-in does to the browser console for your support contact. Nothing leaves ' +
    'your computer.',
  'pane.support.notKept': 'This setting lasts until the pane closes: the browser blocks storage.',
  'log.off': 'Off',
  'log.error': 'Errors',
  'log.warn': 'Warnings',
  'log.info': 'Information',
  'log.debug': 'Everything (debug)',
  // The Excel adapter and the ribbon buttons: what a step on the sheet says when it cannot be
  // done (always with what to do next), its notices, and the helper columns it adds.
  'excel.error.emptySheet':
    'The active sheet is empty. Select the sheet that holds the CloudAscent report and try again.',
  'excel.error.noRows':
    'The sheet has a header row but no accounts below it. Download the report again from Partner ' +
    'Center and open it.',
  'excel.error.noHeader':
    'No header row was found in the first 10 rows of this sheet. Select the sheet that holds the ' +
    'CloudAscent report and try again.',
  'excel.error.notAReport':
    'This sheet does not look like a CloudAscent propensity report: it has no score, play or ' +
    'agreement columns. Select the sheet that holds the report and try again.',
  'excel.error.mergedHeader':
    'The header row has merged cells. Select the header row, choose Home > Merge & Center > ' +
    'Unmerge Cells, and try again.',
  'excel.error.mergedCells':
    'The report has merged cells, which Excel cannot filter or sort. Select the report, choose ' +
    'Home > Merge & Center > Unmerge Cells, and try again.',
  'excel.error.protected':
    'The sheet is protected, so the add-in cannot change it. Choose Review > Unprotect Sheet and ' +
    'try again.',
  'excel.error.filtered':
    'The report is already filtered or has hidden rows. Choose Data > Clear, show every row ' +
    '(select the rows, right-click, Unhide) and try again.',
  'excel.error.sorted':
    'The report’s table keeps a sort of its own, so its rows could not be put back in order ' +
    'later. Choose Data > Clear to clear the table’s filter and sort state, and try again.',
  'excel.error.tableMismatch':
    'The report is only partly inside the Excel table “{table}”. Select the table, choose Table ' +
    'Design > Convert to Range, and try again.',
  'excel.error.notApplied':
    'No target list is applied to this sheet. Use Target now (or Apply to sheet in the Navigator ' +
    'pane) first.',
  'excel.error.changed':
    'The report changed after the target list was applied (rows were added, removed or moved out ' +
    'of the table). Select Reset, then target the report again.',
  'excel.error.stateUnreadable':
    'The add-in’s record of what it changed on this sheet cannot be read. Delete the columns ' +
    '{columns} on the right of the report by hand, then choose Data > Clear.',
  'excel.error.noStorage':
    'This version of Excel cannot keep the add-in’s information in the workbook. Use Excel 2021 ' +
    'or later, Microsoft 365 or Excel on the web.',
  'excel.error.unsupportedType': 'Choose one of the report types offered for this sheet.',
  'excel.error.cancelled': 'Cancelled. The sheet is as it was before.',
  'excel.error.readFailed':
    'Excel could not read the sheet ({code}). Try again; if it keeps failing, save the workbook, ' +
    'reopen it and try again.',
  'excel.error.failed':
    'Excel could not finish ({code}). The sheet was put back as it was. Try again; if it keeps ' +
    'failing, save the workbook, reopen it and try again.',
  'excel.error.resetFailed':
    'Excel could not finish restoring the sheet ({code}). Select Reset again: what is already ' +
    'restored stays restored.',
  'excel.error.undoFailed':
    'Excel could not finish ({code}), and putting the sheet back failed too. Select Reset to ' +
    'remove what the add-in added.',
  'excel.error.tooOld':
    'This version of Excel lacks a feature the add-in needs ({code}). Update Office, or use ' +
    'Excel on the web, and try again.',
  'excel.notice.orderNotRestored':
    'The original row order could not be restored because the hidden {column} column was ' +
    'deleted; everything else the add-in added was removed. Reopen the downloaded file to get ' +
    'the downloaded order back.',
  'excel.notice.notesUnsupported':
    'Excel notes need a newer Excel (Microsoft 365 version 2501 or later, or Excel on the web); ' +
    'the explanations are in the Why column.',
  'excel.notice.notesKept':
    'Account cells that already had a note of yours ({count}) kept it; their explanation is only ' +
    'in the Why column.',
  'excel.notice.noAccountColumn':
    'This report has no account name or ID column to attach notes to; the explanations are in ' +
    'the Why column.',
  'excel.notice.reportTypeGuessed':
    'The report was read as {type}. If it is the other report, open Navigator and choose its type.',
  'excel.error.csvInColumnA':
    'Each row of this sheet holds a whole CSV line in column A: Excel split the file with the ' +
    'wrong delimiter. Choose Split into columns to put the lines into columns on a new sheet, or ' +
    'Open report file… to open the CSV itself.',
  'excel.error.notCsvInColumnA':
    'The active sheet does not hold CSV lines in column A, so there is nothing to split. Select ' +
    'the sheet Excel opened the CSV into and try again.',
  'excel.error.fileUnreadable': 'This file cannot be opened as a report. {reason}',
  'excel.import.cancelled': 'Cancelled. No sheet was added.',
  'excel.import.failed':
    'Excel could not finish opening the file ({code}). No sheet was added. Try again; if it ' +
    'keeps failing, save the workbook, reopen it and try again.',
  'excel.import.undoFailed':
    'Excel could not finish opening the file ({code}), and the half-written sheet “{sheet}” ' +
    'could not be deleted. Right-click its tab and choose Delete, then try again.',
  'excel.import.parseFailed':
    'The file could not be read ({code}). Try again; if it keeps failing, close the Navigator ' +
    'pane, open it again and retry.',
  'excel.import.noTable':
    'The header has blank or repeated column names, which an Excel table would rename, so the ' +
    'report was left as a plain range.',
  'excel.column.priority': 'Priority',
  'excel.column.segment': 'Segment',
  'excel.column.why': 'Why',
  'excel.column.row': 'PN Row',
  'excel.note': 'Priority {priority}: {why}',
  'command.title': 'Propensity Navigator',
  'command.failed': 'That did not work',
  'command.close': 'Close',
  'command.targetedOne': 'Target now: {count} account is filtered and ordered by priority.',
  'command.targetedMany': 'Target now: {count} accounts are filtered and ordered by priority.',
  'command.noTargets':
    'Target now: no account is Act Now or Evaluate in this report, so the sheet was left as it ' +
    'was. Open Navigator to choose other clusters.',
  'command.explainedOne': 'Explain: the Why column is written for {count} account.',
  'command.explainedMany': 'Explain: the Why column is written for {count} accounts.',
  'command.notes': 'Notes were added to the first {count} accounts.',
  'command.resetDone': 'Reset: the sheet is back as you downloaded it.',
} as const;

/** Every message key; the English catalogue defines the set. */
export type MessageKey = keyof typeof messagesEn;
