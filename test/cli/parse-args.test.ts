import { EXIT_USAGE } from '../../src/cli/exit-codes';
import { parseArgs } from '../../src/cli/parse-args';

describe('parseArgs', () => {
  it.each([
    [
      'analyze with defaults',
      ['analyze', 'report.csv'],
      { command: 'analyze', file: 'report.csv', json: false, lang: 'en', nameHint: undefined },
    ],
    [
      'analyze with a name hint and JSON',
      ['analyze', 'r.csv', '--name-hint', 'Surface export', '--json'],
      { command: 'analyze', file: 'r.csv', json: true, lang: 'en', nameHint: 'Surface export' },
    ],
    [
      'options written as --name=value',
      ['analyze', '--name-hint=M365', 'r.csv', '--lang=pt-BR'],
      { command: 'analyze', file: 'r.csv', json: false, lang: 'pt-BR', nameHint: 'M365' },
    ],
    [
      'a file name that starts with a dash, after --',
      ['analyze', '--', '-odd.csv'],
      { command: 'analyze', file: '-odd.csv', json: false, lang: 'en', nameHint: undefined },
    ],
  ])('reads %s', (_name, argv, expected) => {
    expect(parseArgs(argv)).toEqual({ ok: true, value: expected });
  });

  it('reads every target option, repeated ones in order', () => {
    const parsed = parseArgs([
      'target',
      'r.csv',
      '--out',
      'out.xlsx',
      '--clusters',
      'act now, EVALUATE,Nurture',
      '--cluster-column',
      'AzureCluster',
      '--cluster-column',
      'M365Cluster',
      '--cohort',
      'MW_Teams Phone',
      '--recent-only',
      '--where',
      'State=SP',
      '--where',
      'Industry = Retail=Food',
      '--lang',
      'pt-br',
      '--json',
    ]);
    expect(parsed).toEqual({
      ok: true,
      value: {
        command: 'target',
        file: 'r.csv',
        out: 'out.xlsx',
        clusters: ['Act Now', 'Evaluate', 'Nurture'],
        clusterColumns: ['AzureCluster', 'M365Cluster'],
        cohorts: ['MW_Teams Phone'],
        recentOnly: true,
        where: [
          { column: 'State', value: 'SP' },
          { column: 'Industry', value: ' Retail=Food' },
        ],
        json: true,
        lang: 'pt-BR',
        nameHint: undefined,
      },
    });
  });

  it.each([
    ['--help', ['--help']],
    ['-h after a command', ['target', 'r.csv', '-h']],
    ['help', ['help']],
  ])('asks for help with %s', (_name, argv) => {
    expect(parseArgs(argv)).toEqual({ ok: true, value: { command: 'help', lang: 'en' } });
  });

  it.each([
    ['no arguments', [], /Usage:/],
    ['an unknown command', ['analyse', 'r.csv'], /unknown command "analyse"/],
    ['an unknown option', ['analyze', 'r.csv', '--verbose'], /"--verbose" is not an option/],
    ['a target option on analyze', ['analyze', 'r.csv', '--out', 'x.xlsx'], /"--out" is not/],
    ['a single-dash option', ['analyze', 'r.csv', '-o'], /"-o" is not an option/],
    ['a missing value', ['analyze', 'r.csv', '--name-hint'], /--name-hint needs a value/],
    ['no file', ['analyze', '--json'], /needs the path of a report/],
    ['two files', ['analyze', 'a.csv', 'b.csv'], /unexpected argument "b.csv"/],
    ['target without --out', ['target', 'r.csv'], /needs --out/],
    ['--out that is not .xlsx', ['target', 'r.csv', '--out', 'x.csv'], /\.xlsx file/],
    ['an unknown cluster', ['target', 'r.csv', '--out', 'x.xlsx', '--clusters', 'Hot'], /"Hot"/],
    [
      'an empty cluster list',
      ['target', 'r.csv', '--out', 'x.xlsx', '--clusters', ','],
      /--clusters/,
    ],
    ['--where without =', ['target', 'r.csv', '--out', 'x.xlsx', '--where', 'State'], /--where/],
    [
      '--where without a header',
      ['target', 'r.csv', '--out', 'x.xlsx', '--where', '=SP'],
      /--where/,
    ],
    ['an unsupported language', ['analyze', 'r.csv', '--lang', 'fr'], /--lang: "fr"/],
    ['a value on a flag', ['analyze', 'r.csv', '--json=yes'], /"--json=yes" is not/],
    [
      'an option where a value belongs, instead of taking it as the value',
      ['analyze', 'r.csv', '--name-hint', '--json'],
      /--name-hint needs a value/,
    ],
    [
      'the next option taken for --cohort',
      ['target', 'r.csv', '--out', 'x.xlsx', '--cohort', '--recent-only'],
      /--cohort needs a value/,
    ],
    [
      '--out given twice, instead of keeping one silently',
      ['target', 'r.csv', '--out', 'a.xlsx', '--out', 'b.xlsx'],
      /--out.*once/,
    ],
    ['--lang given twice', ['analyze', 'r.csv', '--lang', 'pt-BR', '--lang=en'], /--lang.*uma vez/],
  ])('refuses %s with exit code 2', (_name, argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.exit).toBe(EXIT_USAGE);
    expect(parsed.message).toMatch(message);
  });

  it('takes a value that only looks like an option when it is none of this command', () => {
    const parsed = parseArgs(['analyze', 'r.csv', '--name-hint', '--Surface--']);
    expect(parsed).toMatchObject({ ok: true, value: { nameHint: '--Surface--' } });
  });

  it('speaks Portuguese in errors when --lang pt-BR is given', () => {
    const parsed = parseArgs(['target', 'r.csv', '--lang', 'pt-BR']);
    expect(parsed).toMatchObject({ ok: false, exit: EXIT_USAGE });
    expect(parsed.ok ? '' : parsed.message).toMatch(/precisa de --out/);
  });
});
