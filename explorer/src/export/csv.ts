/** One CSV field: quoted when it holds a comma, a quote or a line break, its quotes doubled (RFC 4180). */
function field(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A CSV file: a header row and the rows, CRLF line ends, with a byte-order mark so that spreadsheet
 * programs read the Chinese text as UTF-8.
 */
export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map(r => r.map(field).join(",")).join("\r\n")}\r\n`;
}
