/**
 * The library screen's state: the search box, filters and sort, the current results, the
 * backend's indexing status, and which result reading mode shows. Searches are debounced
 * while typing and answered in order (a slow early answer never replaces a later one); the
 * status is polled so files changed by other programs appear without a reload.
 */
import type { CopydeskApi } from '../../../../core/api/contract.ts';
import type { LibraryFilters, LibraryItem, LibrarySearchResult, LibrarySort, LibraryStatus } from '../../../../core/api/library.ts';

/** How many results one page holds; "Show more" asks for the next. */
export const PAGE_SIZE = 50;
const TYPING_DELAY_MS = 120;
const POLL_MS = 1000;
const POLL_WHILE_INDEXING_MS = 400;

/** Filters the library offers as lists of values (people, countries, statuses, languages). */
export type ListFilter = 'people' | 'countries' | 'statuses' | 'languages';

/** The library's reactive state. */
export class LibraryState {
  query = $state('');
  filters = $state<LibraryFilters>({});
  sort = $state<LibrarySort | 'auto'>('auto');
  result = $state<LibrarySearchResult | null>(null);
  items = $state<LibraryItem[]>([]);
  status = $state<LibraryStatus | null>(null);
  error = $state<string | null>(null);
  /** The result reading mode shows, by library path; null shows the list. */
  reading = $state<string | null>(null);

  private sequence = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(private readonly api: CopydeskApi) {}

  /** Starts searching and polling; returns the cleanup for `$effect`. */
  start(): () => void {
    this.stopped = false;
    void this.search();
    this.schedulePoll(POLL_MS);
    return () => {
      this.stopped = true;
      clearTimeout(this.typingTimer);
      clearTimeout(this.pollTimer);
    };
  }

  /** True when any filter is set. */
  get filtered(): boolean {
    const f = this.filters;
    return Boolean(f.people?.length || f.countries?.length || f.statuses?.length || f.languages?.length || f.dateFrom || f.dateTo);
  }

  /** Sets the search text; searches once typing pauses. */
  setQuery(query: string): void {
    this.query = query;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => void this.search(), TYPING_DELAY_MS);
  }

  /** Adds `value` to list filter `kind`, or removes it when present. */
  toggle(kind: ListFilter, value: string): void {
    const current = (this.filters[kind] ?? []) as string[];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    this.setFilters({ ...this.filters, [kind]: next.length > 0 ? next : undefined });
  }

  /** True when list filter `kind` has `value`. */
  has(kind: ListFilter, value: string): boolean {
    return ((this.filters[kind] ?? []) as string[]).includes(value);
  }

  /** Sets a date bound ("" clears it). */
  setDate(bound: 'dateFrom' | 'dateTo', value: string): void {
    this.setFilters({ ...this.filters, [bound]: /^\d{4}-\d{2}-\d{2}$/u.test(value) ? value : undefined });
  }

  /** Replaces every filter and searches. */
  setFilters(filters: LibraryFilters): void {
    this.filters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as LibraryFilters;
    void this.search();
  }

  /** Shows the list filtered by one person or country only (from reading mode's tags). */
  filterBy(kind: 'people' | 'countries', value: string): void {
    this.query = '';
    this.reading = null;
    this.setFilters({ [kind]: [value] });
  }

  /** Sets the order and searches. */
  setSort(sort: LibrarySort | 'auto'): void {
    this.sort = sort;
    void this.search();
  }

  /** Runs the search now; `more` appends the next page. */
  async search(more = false): Promise<void> {
    clearTimeout(this.typingTimer);
    const ticket = ++this.sequence;
    try {
      const result = await this.api['library.search']({
        query: this.query,
        filters: $state.snapshot(this.filters) as LibraryFilters,
        ...(this.sort === 'auto' ? {} : { sort: this.sort }),
        offset: more ? this.items.length : 0,
        limit: PAGE_SIZE,
      });
      if (ticket !== this.sequence) return;
      this.result = result;
      this.items = more ? [...this.items, ...result.items] : [...result.items];
      this.status = result.status;
      this.error = null;
    } catch (error) {
      if (ticket === this.sequence) this.error = (error as Error).message;
    }
  }

  /** The paths reading mode steps through: the loaded results that are readable. */
  get readable(): string[] {
    return this.items.filter((i) => !i.error).map((i) => i.path);
  }

  /** Opens reading mode on `path`. */
  read(path: string): void {
    this.reading = path;
  }

  /** Moves reading mode `step` results forward (1) or back (-1); stays at the ends. */
  step(step: 1 | -1): void {
    const order = this.readable;
    const index = this.reading === null ? -1 : order.indexOf(this.reading);
    const next = order[Math.max(0, Math.min(order.length - 1, index + step))];
    if (next !== undefined) this.reading = next;
  }

  private schedulePoll(delay: number): void {
    if (this.stopped) return;
    this.pollTimer = setTimeout(() => void this.poll(), delay);
  }

  private async poll(): Promise<void> {
    try {
      const status = await this.api['library.status']({});
      const moved = status.revision !== this.status?.revision;
      this.status = status;
      // Keep the pages already loaded, so a file event does not scroll the list away.
      if (moved && this.items.length <= PAGE_SIZE) await this.search();
      else if (moved) await this.refreshLoaded();
    } catch {
      // The next poll tries again; a search error is shown by `search` itself.
    }
    this.schedulePoll(this.status?.phase === 'indexing' || this.status?.phase === 'loading' ? POLL_WHILE_INDEXING_MS : POLL_MS);
  }

  private async refreshLoaded(): Promise<void> {
    const ticket = ++this.sequence;
    const result = await this.api['library.search']({
      query: this.query,
      filters: $state.snapshot(this.filters) as LibraryFilters,
      ...(this.sort === 'auto' ? {} : { sort: this.sort }),
      offset: 0,
      limit: Math.min(500, this.items.length),
    });
    if (ticket !== this.sequence) return;
    this.result = result;
    this.items = [...result.items];
    this.status = result.status;
  }
}
