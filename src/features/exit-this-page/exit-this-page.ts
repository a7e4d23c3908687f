/**
 * The logic behind "Exit this page": counting presses of Shift on its own.
 * Shift held for another key (Shift+Tab, a capital letter) does not count,
 * so typing and moving back through the page never trigger it. The
 * component's script wires this to the keyboard; this part is plain so it can
 * be tested.
 */

export const EXIT_SHIFT_PRESSES = 3;
/** The presses must come within this many milliseconds of the first. */
export const EXIT_SHIFT_WINDOW_MS = 5000;

export interface ShiftCounter {
  keyDown(key: string): void;
  /**
   * A key was released. Returns how many lone Shift presses are in the
   * current run (0 when this was not one).
   */
  keyUp(key: string, at: number): number;
}

export function createShiftCounter(presses = EXIT_SHIFT_PRESSES, windowMs = EXIT_SHIFT_WINDOW_MS): ShiftCounter {
  let count = 0;
  let firstAt = 0;
  let shiftAlone = false;
  return {
    keyDown(key) {
      if (key === 'Shift') {
        shiftAlone = true;
      } else {
        // Any other key ends the run, and spoils a Shift being held for it.
        shiftAlone = false;
        count = 0;
      }
    },
    keyUp(key, at) {
      if (key !== 'Shift') return 0;
      if (!shiftAlone) return 0;
      shiftAlone = false;
      if (count === 0 || at - firstAt > windowMs) {
        count = 0;
        firstAt = at;
      }
      count += 1;
      const reached = count;
      if (count >= presses) count = 0;
      return reached;
    },
  };
}

/** What screen readers hear after a lone Shift: the shell's words with the count filled in. */
export function shiftPressedMessage(template: string, count: number, total = EXIT_SHIFT_PRESSES): string {
  return template.replaceAll('{count}', String(count)).replaceAll('{total}', String(total));
}
