import { describe, expect, it } from 'vitest';
import { phoneSlowdownFor } from './phone-slowdown.ts';

describe('phoneSlowdownFor', () => {
  it('gives Lighthouse’s usual 4 times for a fast desktop', () => {
    expect(phoneSlowdownFor(1533)?.multiplier).toBeCloseTo(4, 1);
  });

  it('slows a slower computer down less, along the calculator’s lines', () => {
    expect(phoneSlowdownFor(1300)?.multiplier).toBeCloseTo(3);
    expect(phoneSlowdownFor(800)?.multiplier).toBeCloseTo(2);
    expect(phoneSlowdownFor(475)?.multiplier).toBeCloseTo(1.5);
    expect(phoneSlowdownFor(150)?.multiplier).toBeCloseTo(1);
  });

  it('gives a range around the slowdown', () => {
    expect(phoneSlowdownFor(1000)?.range).toEqual([expect.closeTo(1.65), expect.closeTo(3.15)]);
  });

  it('refuses a computer slower than the phone itself', () => {
    expect(phoneSlowdownFor(100)).toBeUndefined();
    expect(phoneSlowdownFor(Number.NaN)).toBeUndefined();
  });
});
