/**
 * A one-line progress bar for a terminal, redrawn in place with `\r` (a dependency would add nothing
 * to twenty lines): `label [██████░░░░] 1,200/3,000 40%`. Throttled by the caller's clock, so a fast
 * batch does not spend its time drawing.
 */
export interface ProgressBar {
  update(done: number, total: number): void;
  /** Clears the line, so the summary that follows starts at column 0. */
  end(): void;
}

const WIDTH = 24;

/** The bar's text for `done` of `total`. */
export function progressLine(label: string, done: number, total: number): string {
  const frac = total > 0 ? Math.min(1, done / total) : 1;
  const full = Math.round(frac * WIDTH);
  return `${label} [${'█'.repeat(full)}${'░'.repeat(WIDTH - full)}] ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${Math.floor(frac * 100)}%`;
}

/** A bar that writes to `write` (stderr of a terminal) at most every `everyMs`, and always the last step. */
export function progressBar(write: (text: string) => void, label: string, everyMs = 100, clock: () => number = Date.now): ProgressBar {
  let last = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const now = clock();
      if (done < total && now - last < everyMs) return;
      last = now;
      drawn = true;
      write(`\r${progressLine(label, done, total)}`);
    },
    end() {
      if (drawn) write('\r\x1b[2K');
    },
  };
}
