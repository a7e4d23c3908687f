/**
 * How much to slow this computer's browser down so that it runs like the "mid-tier phone" Lighthouse's mobile figures
 * stand for. A fixed 4 times suits a fast desktop (Lighthouse's benchmark index about 1,500); on a slower computer
 * it stands for a much slower phone. Lighthouse's CPU throttling calculator (its docs, throttling.md, "CPU
 * throttling") gives the slowdown for a benchmark index, and this is its formula.
 */
export interface PhoneSlowdown {
  /** The slowdown to use. */
  multiplier: number;
  /** Lighthouse's range of reasonable slowdowns around it. */
  range: readonly [number, number];
}

/** The slowdown for `benchmarkIndex`, or undefined for a computer too slow to stand for the phone at all (under 150). */
export function phoneSlowdownFor(benchmarkIndex: number): PhoneSlowdown | undefined {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) return undefined;
  // The calculator's three straight lines: 150 → 1×, 800 → 2×, 1,300 → 3×, then 1 more for every 233.
  let multiplier: number;
  let spread: number;
  if (benchmarkIndex >= 1300) {
    const excess = (benchmarkIndex - 1300) / 233;
    multiplier = 3 + excess;
    spread = Math.max(excess, 1.5, multiplier * 0.3);
  } else if (benchmarkIndex >= 800) {
    multiplier = 2 + (benchmarkIndex - 800) / 500;
    spread = 1.5;
  } else {
    multiplier = 1 + (benchmarkIndex - 150) / 650;
    spread = 0.5;
  }
  return { multiplier, range: [multiplier - spread / 2, multiplier + spread / 2] };
}
