/**
 * The logic behind "Exit this page": counting Shift presses. The component's
 * script wires it to the keyboard; this part is plain so it can be tested.
 */

export const EXIT_SHIFT_PRESSES = 3;
/** The presses must come within this many milliseconds of the first. */
export const EXIT_SHIFT_WINDOW_MS = 5000;

export interface ShiftCounter {
  /** Record a key press; returns how many Shift presses are in the current run. */
  press(key: string, at: number): number;
  reset(): void;
}

export function createShiftCounter(presses = EXIT_SHIFT_PRESSES, windowMs = EXIT_SHIFT_WINDOW_MS): ShiftCounter {
  let count = 0;
  let firstAt = 0;
  return {
    press(key, at) {
      if (key !== 'Shift') {
        count = 0;
        return 0;
      }
      if (count === 0 || at - firstAt > windowMs) {
        count = 0;
        firstAt = at;
      }
      count += 1;
      if (count >= presses) {
        const reached = count;
        count = 0;
        return reached;
      }
      return count;
    },
    reset() {
      count = 0;
    },
  };
}
