// Command-line arguments → what to do. Every mistake becomes one line and exit code 2; nothing
// here touches the file system.

import { parseCluster } from '../core';
import type { Cluster, Lang, WhereFilter } from '../core';
import { EXIT_USAGE, stop, type Step } from './exit-codes';
import { MESSAGES } from './messages';

interface CommonArgs {
  file: string;
  nameHint?: string;
  json: boolean;
  lang: Lang;
}

export interface AnalyzeArgs extends CommonArgs {
  command: 'analyze';
}

export interface TargetArgs extends CommonArgs {
  command: 'target';
  out: string;
  clusters?: Cluster[];
  clusterColumns: string[];
  cohorts: string[];
  recentOnly: boolean;
  where: WhereFilter[];
}

export type CliArgs = AnalyzeArgs | TargetArgs | { command: 'help'; lang: Lang };

type OptionKind = 'flag' | 'value' | 'list';

const OPTIONS: Record<'analyze' | 'target', Record<string, OptionKind>> = {
  analyze: { '--name-hint': 'value', '--json': 'flag', '--lang': 'value' },
  target: {
    '--name-hint': 'value',
    '--json': 'flag',
    '--lang': 'value',
    '--out': 'value',
    '--clusters': 'value',
    '--cluster-column': 'list',
    '--cohort': 'list',
    '--recent-only': 'flag',
    '--where': 'list',
  },
};

/** `en`, `pt-BR` in any case, with `_` for `-`; anything else is refused, not guessed. */
export function parseLang(value: string): Lang | undefined {
  const tag = value.trim().replace('_', '-').toLowerCase();
  if (tag === 'en') return 'en';
  if (tag === 'pt-br') return 'pt-BR';
  return undefined;
}

/** The language asked for anywhere in argv, so that even usage errors speak it. */
export function langOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : null;
    const lang = value == null ? undefined : parseLang(value);
    if (lang !== undefined) return lang;
  }
  return 'en';
}

interface Collected {
  positional: string[];
  values: Map<string, string>;
  lists: Map<string, string[]>;
  flags: Set<string>;
}

function collect(
  command: 'analyze' | 'target',
  argv: readonly string[],
  lang: Lang,
): Step<Collected> {
  const text = MESSAGES[lang];
  const known = OPTIONS[command];
  const found: Collected = {
    positional: [],
    values: new Map(),
    lists: new Map(),
    flags: new Set(),
  };
  let onlyPositional = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    // A lone `-` is a file name; `-x` is a mistyped option, not a file.
    if (onlyPositional || !arg.startsWith('-') || arg === '-') {
      found.positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }

    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg : arg.slice(0, equals);
    const kind = known[name];
    if (kind === undefined) return stop(EXIT_USAGE, text.unknownOption(name, command));

    if (kind === 'flag') {
      if (equals >= 0) return stop(EXIT_USAGE, text.unknownOption(arg, command));
      found.flags.add(name);
      continue;
    }

    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    // `--name-hint --json` forgot the hint; taking `--json` as the hint would drop the option.
    if (value === undefined || (equals < 0 && isOption(value, known))) {
      return stop(EXIT_USAGE, text.missingValue(name));
    }
    if (kind === 'list') found.lists.set(name, [...(found.lists.get(name) ?? []), value]);
    else if (found.values.has(name)) return stop(EXIT_USAGE, text.repeatedOption(name));
    else found.values.set(name, value);
  }
  return { ok: true, value: found };
}

/** `--json`, `--out=x.xlsx`: one of the command's own options, never a value. */
function isOption(arg: string, known: Record<string, OptionKind>): boolean {
  if (!arg.startsWith('--')) return false;
  const equals = arg.indexOf('=');
  return known[equals < 0 ? arg : arg.slice(0, equals)] !== undefined;
}

function parseClusters(value: string, lang: Lang): Step<Cluster[]> {
  const clusters: Cluster[] = [];
  for (const part of value.split(',')) {
    if (part.trim() === '') continue;
    const cluster = parseCluster(part.trim());
    if (cluster === null || cluster === '') {
      return stop(EXIT_USAGE, MESSAGES[lang].badCluster(part.trim()));
    }
    if (!clusters.includes(cluster)) clusters.push(cluster);
  }
  if (clusters.length === 0) return stop(EXIT_USAGE, MESSAGES[lang].badCluster(value));
  return { ok: true, value: clusters };
}

function parseWhere(values: readonly string[], lang: Lang): Step<WhereFilter[]> {
  const filters: WhereFilter[] = [];
  for (const value of values) {
    const equals = value.indexOf('=');
    if (equals <= 0 || value.slice(0, equals).trim() === '') {
      return stop(EXIT_USAGE, MESSAGES[lang].badWhere(value));
    }
    filters.push({ column: value.slice(0, equals).trim(), value: value.slice(equals + 1) });
  }
  return { ok: true, value: filters };
}

function common(command: string, found: Collected, lang: Lang): Step<CommonArgs> {
  const text = MESSAGES[lang];
  const [file, extra] = found.positional;
  if (file === undefined || file === '') return stop(EXIT_USAGE, text.missingFile(command));
  if (extra !== undefined) return stop(EXIT_USAGE, text.extraArgument(extra));

  const langValue = found.values.get('--lang');
  if (langValue !== undefined && parseLang(langValue) === undefined) {
    return stop(EXIT_USAGE, text.badLang(langValue));
  }
  return {
    ok: true,
    value: {
      file,
      nameHint: found.values.get('--name-hint'),
      json: found.flags.has('--json'),
      lang,
    },
  };
}

function targetArgs(base: CommonArgs, found: Collected, lang: Lang): Step<TargetArgs> {
  const text = MESSAGES[lang];
  const out = found.values.get('--out');
  if (out === undefined || out.trim() === '') return stop(EXIT_USAGE, text.outRequired);
  if (!/\.xlsx$/i.test(out)) return stop(EXIT_USAGE, text.outNotXlsx(out));

  const clustersValue = found.values.get('--clusters');
  let clusters: Cluster[] | undefined;
  if (clustersValue !== undefined) {
    const parsed = parseClusters(clustersValue, lang);
    if (!parsed.ok) return parsed;
    clusters = parsed.value;
  }
  const where = parseWhere(found.lists.get('--where') ?? [], lang);
  if (!where.ok) return where;

  return {
    ok: true,
    value: {
      ...base,
      command: 'target',
      out,
      clusters,
      clusterColumns: found.lists.get('--cluster-column') ?? [],
      cohorts: found.lists.get('--cohort') ?? [],
      recentOnly: found.flags.has('--recent-only'),
      where: where.value,
    },
  };
}

export function parseArgs(argv: readonly string[]): Step<CliArgs> {
  const lang = langOf(argv);
  const text = MESSAGES[lang];
  const [command, ...rest] = argv;

  if (command === undefined) return stop(EXIT_USAGE, text.usage);
  if (argv.includes('--help') || argv.includes('-h') || command === 'help') {
    return { ok: true, value: { command: 'help', lang } };
  }
  if (command !== 'analyze' && command !== 'target') {
    return stop(EXIT_USAGE, text.unknownCommand(command));
  }

  const found = collect(command, rest, lang);
  if (!found.ok) return found;
  const base = common(command, found.value, lang);
  if (!base.ok) return base;
  if (command === 'analyze') return { ok: true, value: { ...base.value, command: 'analyze' } };
  return targetArgs(base.value, found.value, lang);
}
