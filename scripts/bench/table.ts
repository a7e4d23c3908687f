/** The figures `npm run bench` prints, one table with the budget beside each figure. */

export interface BenchRow {
  figure: string;
  measured: string;
  budget: string;
  /** Whether the figure is within its budget; undefined where there is no budget, only a figure to compare. */
  met?: boolean;
}

/** A Markdown table, so a closing note or an issue can quote it as it is. */
export function benchTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => [
    row.figure,
    row.measured,
    row.budget,
    row.met === undefined ? '' : row.met ? '✓' : '✗',
  ]);
  const headings = ['Figure', 'Measured', 'Budget', 'Met'];
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...cells.map((line) => [...(line[column] ?? '')].length)),
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((value, column) => value + ' '.repeat(widths[column]! - [...value].length)).join(' | ')} |`;
  return [line(headings), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
