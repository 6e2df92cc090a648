/**
 * Which results of the library list are selected (for "Export selected…"). Clicking a
 * checkbox toggles one result; Shift+click sets the whole run from the last clicked result
 * to this one to the clicked result's new state; Ctrl/Cmd+A selects every listed result.
 * Invariant: only paths ever listed are selected, and what counts is `within(list)` — a
 * result hidden by a new search or filter is never exported unseen.
 */
export class LibrarySelection {
  paths = $state<ReadonlySet<string>>(new Set());
  private anchor: string | null = null;

  /** True when `path` is selected. */
  has(path: string): boolean {
    return this.paths.has(path);
  }

  /** A click on `path`'s checkbox; `extend` (Shift) applies the new state to the run from the last click. */
  click(path: string, order: readonly string[], extend: boolean): void {
    const selecting = !this.paths.has(path);
    const next = new Set(this.paths);
    const from = this.anchor === null ? -1 : order.indexOf(this.anchor);
    const to = order.indexOf(path);
    const run = extend && from >= 0 && to >= 0 ? order.slice(Math.min(from, to), Math.max(from, to) + 1) : [path];
    for (const p of run) {
      if (selecting) next.add(p);
      else next.delete(p);
    }
    this.paths = next;
    this.anchor = path;
  }

  /** Selects every path of `order`. */
  selectAll(order: readonly string[]): void {
    this.paths = new Set([...this.paths, ...order]);
  }

  /** Selects nothing. */
  clear(): void {
    this.paths = new Set();
    this.anchor = null;
  }

  /** The selected paths that are in `order`, in its order. */
  within(order: readonly string[]): string[] {
    return order.filter((p) => this.paths.has(p));
  }
}
