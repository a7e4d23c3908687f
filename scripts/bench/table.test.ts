import { describe, expect, it } from 'vitest';
import { benchTable } from './table.ts';

describe('the bench table', () => {
  it('puts each figure beside its budget, marking what is met and what is not', () => {
    const table = benchTable([
      { figure: 'Home page weight', measured: '21.0 KB', budget: '≤ 50 KB', met: true },
      { figure: 'First search', measured: '120.0 KB', budget: '≤ 100 KB', met: false },
      { figure: 'Pages per second', measured: '310', budget: 'compare between sizes' },
    ]).split('\n');
    expect(table[0]).toMatch(/^\| Figure\s+\| Measured \| Budget\s+\| Met \|$/);
    expect(table[2]).toMatch(/^\| Home page weight \| 21\.0 KB\s+\| ≤ 50 KB\s+\| ✓\s+\|$/);
    expect(table[3]).toContain('| ✗ ');
    expect(table[4]).toMatch(/\|\s+\|$/);
    expect(new Set(table.map((line) => line.length)).size).toBe(1);
  });
});
