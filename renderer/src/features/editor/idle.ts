/**
 * Running work in the browser's idle time, so it never sits between a keystroke and the
 * frame that shows it. `timeout` bounds the wait: under continuous load the work still runs
 * within that many milliseconds.
 */

/** Cancels a scheduled `whenIdle` callback; calling it after the callback ran does nothing. */
export type CancelIdle = () => void;

/** Runs `work` once the main thread is idle (at the latest after `timeout` ms). */
export function whenIdle(work: () => void, timeout: number): CancelIdle {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout });
    return () => cancelIdleCallback(handle);
  }
  // Engines without idle callbacks (older WebKit): a plain timer still keeps the work off the keystroke.
  const handle = setTimeout(work, Math.min(timeout, 50));
  return () => clearTimeout(handle);
}
