// CSV text as Partner Center and Excel write it: fields quoted only when they must be.

export interface CsvFormat {
  delimiter: ',' | ';';
  lineEnding: '\r\n' | '\n';
}

export function csvField(value: string, format: CsvFormat): string {
  const needsQuotes =
    value.includes(format.delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r');
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[], format: CsvFormat): string {
  return values.map((value) => csvField(value, format)).join(format.delimiter) + format.lineEnding;
}
