/**
 * A value that follows a fast-changing source only once the source has settled: side panels
 * that derive O(document) figures from the editor state (tags and their mention counts, the
 * pending suggestions) read it instead of the live state, so that work runs when typing
 * pauses and never between a keystroke and its frame (docs/editor-performance.md).
 */
import { untrack } from 'svelte';
import { whenIdle } from '../../features/editor/idle.ts';

/** How `Settled` follows its source. */
export interface SettledOptions<T> {
  /** Quiet time after the last change before the value follows (a pause in typing). */
  readonly delayMs: number;
  /** Changes that must show at once (another document, say); the rest wait for the pause. */
  readonly urgent?: (previous: T, next: T) => boolean;
}

/** Longest wait, after the pause, for an idle moment before the value follows anyway. */
const IDLE_TIMEOUT_MS = 200;

/**
 * `value` is the source's value as of the last pause. Invariant: once the source stops
 * changing, `value` equals it within `delayMs` plus one idle period. Construct it during
 * component initialisation (it owns an effect, cleaned up with the component).
 */
export class Settled<T> {
  value = $state.raw<T>() as T;

  constructor(source: () => T, options: SettledOptions<T>) {
    this.value = untrack(source);
    $effect(() => {
      const next = source();
      const shown = untrack(() => this.value);
      if (next === shown) return;
      if (options.urgent?.(shown, next)) {
        this.value = next;
        return;
      }
      let cancelIdle: (() => void) | undefined;
      const timer = setTimeout(() => {
        cancelIdle = whenIdle(() => (this.value = next), IDLE_TIMEOUT_MS);
      }, options.delayMs);
      return () => {
        clearTimeout(timer);
        cancelIdle?.();
      };
    });
  }
}
