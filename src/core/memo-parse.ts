// Report columns repeat a handful of values (`Yes`, `Act Now`, `82`) down 200,000 rows, so a
// parser's answer is remembered per distinct text. The memory is bounded because a column of
// unique amounts gains nothing from it.

const DEFAULT_LIMIT = 4096;

/** Wraps a pure cell parser with a bounded memory of the texts it has already read. */
export function memoParse<T>(
  parse: (text: string | undefined) => T,
  limit: number = DEFAULT_LIMIT,
): (text: string | undefined) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text === undefined) return parse(text);
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = parse(text);
    if (known.size < limit) known.set(text, value);
    return value;
  };
}
