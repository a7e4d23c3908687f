import { describe, expect, it } from 'vitest';
import { uiFor } from '../../i18n/ui.ts';
import { createShiftCounter, shiftPressedMessage } from './exit-this-page.ts';

describe('Exit this page: Shift three times', () => {
  /** Press and release Shift on its own at a given time. */
  const tapShift = (counter: ReturnType<typeof createShiftCounter>, at: number) => {
    counter.keyDown('Shift');
    return counter.keyUp('Shift', at);
  };

  it('exits on the third lone Shift within 5 seconds', () => {
    const counter = createShiftCounter();
    expect(tapShift(counter, 0)).toBe(1);
    expect(tapShift(counter, 1000)).toBe(2);
    expect(tapShift(counter, 2000)).toBe(3);
  });

  it('does not count Shift held for another key, so Shift+Tab and capitals never exit', () => {
    const counter = createShiftCounter();
    for (const key of ['Tab', 'B', 'Tab']) {
      counter.keyDown('Shift');
      counter.keyDown(key);
      expect(counter.keyUp(key, 0)).toBe(0);
      expect(counter.keyUp('Shift', 10)).toBe(0);
    }
  });

  it('starts again after another key', () => {
    const counter = createShiftCounter();
    tapShift(counter, 0);
    tapShift(counter, 100);
    counter.keyDown('a');
    counter.keyUp('a', 200);
    expect(tapShift(counter, 300)).toBe(1);
  });

  it('starts again when the presses are too far apart', () => {
    const counter = createShiftCounter();
    tapShift(counter, 0);
    tapShift(counter, 1000);
    expect(tapShift(counter, 6000)).toBe(1);
  });

  it('counts afresh after exiting', () => {
    const counter = createShiftCounter();
    tapShift(counter, 0);
    tapShift(counter, 10);
    tapShift(counter, 20);
    expect(tapShift(counter, 30)).toBe(1);
  });
});

describe('Exit this page: what screen readers hear after a lone Shift', () => {
  it('says how many presses so far and how many leave, in the shell’s own words', () => {
    expect(shiftPressedMessage(uiFor('en')('exit.shiftPressed'), 2)).toBe(
      'Shift pressed 2 of 3 times. Press Shift 3 times in a row to leave this page.',
    );
  });

  it('fills in every mention of the count and the total, however a translation orders them', () => {
    expect(shiftPressedMessage('{total}: {count} ({count}/{total})', 1, 4)).toBe('4: 1 (1/4)');
  });
});
