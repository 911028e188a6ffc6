// A plain-text table for a terminal: columns padded to their widest cell, two spaces apart, a
// rule under the header, and no trailing spaces (they show up in diffs and copied output).

/** The first row is the header; every line ends with a newline. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const header = rows[0] ?? [];
  const widths = header.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    widths
      .map((width, c) => (cells[c] ?? '').padEnd(width))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width));
  return [line(header), line(rule), ...rows.slice(1).map(line)].map((text) => `${text}\n`).join('');
}
