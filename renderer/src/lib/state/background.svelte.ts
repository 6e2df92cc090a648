/**
 * What runs behind the editor so that no text is lost: autosave about a second after the
 * last edit, a crash journal written at most a second after any unsaved edit, and polling
 * of the files of open tabs for changes made by other programs.
 *
 * Own saves never look like external changes: every save and reload bumps the tab's
 * `generation`, and a poll whose tab changed generation while it waited is dropped.
 */
import type { CopydeskApi } from '../../../../core/api/contract.ts';
import type { JournalEntry } from '../../../../core/api/documents.ts';
import { replaceArticle } from '../../features/editor/commands.ts';
import { whenIdle } from '../../features/editor/idle.ts';
import { journalTarget, pacingCost } from './journal-patch.ts';
import type { Settings } from './settings.svelte.ts';
import { isNativePath, type DocumentTab } from './tab.svelte.ts';
import type { Workspace } from './workspace.svelte.ts';

/** Delay after the last edit before autosaving. */
export const AUTOSAVE_DELAY_MS = 1_000;
/** Shortest wait before an unsaved edit is journalled: what a normal-size article gets. */
export const JOURNAL_DELAY_MS = 800;
/** Longest wait before an unsaved edit is journalled, however long the article. */
export const JOURNAL_MAX_DELAY_MS = 5_000;
/** The share of the main thread the journal may take while the user types. */
export const JOURNAL_MAX_SHARE = 0.05;

/**
 * How long an edit waits before it is journalled, given what the last journal write of the
 * tab cost on the main thread (converting the article, serializing what is sent and handing
 * it to the transport). Journal writes send only the blocks changed since the last one, so
 * this is a few milliseconds even on a long article and the wait stays at the minimum; the
 * pacing matters when whole-article writes keep failing (a full disk) and each retry is full.
 * Keeps the journal's share of the main thread under JOURNAL_MAX_SHARE while typing goes on,
 * within [JOURNAL_DELAY_MS, JOURNAL_MAX_DELAY_MS]: a long article is journalled less often,
 * never less than every JOURNAL_MAX_DELAY_MS.
 */
export function journalDelay(lastCostMs: number | undefined): number {
  const wanted = (lastCostMs ?? 0) / JOURNAL_MAX_SHARE;
  return Math.round(Math.min(JOURNAL_MAX_DELAY_MS, Math.max(JOURNAL_DELAY_MS, wanted)));
}
/** The last part of that wait, in which the journal write waits for the main thread to be idle. */
const JOURNAL_IDLE_MS = 250;
/** How often open files are checked for external changes. */
export const POLL_INTERVAL_MS = 2_000;

/** The background work of one workspace; `start` returns the function that stops it. */
export class Background {
  /** Journal entries of a previous run waiting for the user's decision. */
  recoverable = $state<JournalEntry[]>([]);
  private autosaveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Pending journal writes by tab key: each entry cancels its timer or idle callback. */
  private journalTimers = new Map<string, () => void>();
  /** Main-thread cost (ms) of the last journal write, by tab key: paces the next one. */
  private journalCost = new Map<string, number>();

  constructor(
    private readonly api: CopydeskApi,
    private readonly workspace: Workspace,
    private readonly settings: Settings,
  ) {}

  /** Starts polling; returns the cleanup that stops every timer. */
  start(): () => void {
    const poll = setInterval(() => void this.pollAll(), POLL_INTERVAL_MS);
    return () => {
      clearInterval(poll);
      for (const t of this.autosaveTimers.values()) clearTimeout(t);
      for (const cancel of this.journalTimers.values()) cancel();
      this.autosaveTimers.clear();
      this.journalTimers.clear();
    };
  }

  /** Called after every edit of `tab`: schedules the journal entry and the autosave. */
  edited(tab: DocumentTab): void {
    if (!this.journalTimers.has(tab.key)) {
      // The article is serialized in an idle moment, not in a gap a keystroke is about to use;
      // JOURNAL_IDLE_MS bounds the wait, so an edit is still journalled within journalDelay().
      const timer = setTimeout(
        () => {
          const cancelIdle = whenIdle(() => {
            this.journalTimers.delete(tab.key);
            void this.journal(tab);
          }, JOURNAL_IDLE_MS);
          this.journalTimers.set(tab.key, cancelIdle);
        },
        journalDelay(this.journalCost.get(tab.key)) - JOURNAL_IDLE_MS,
      );
      this.journalTimers.set(tab.key, () => clearTimeout(timer));
    }
    clearTimeout(this.autosaveTimers.get(tab.key));
    if (!this.settings.autosave || !isNativePath(tab.path)) return;
    this.autosaveTimers.set(
      tab.key,
      setTimeout(() => {
        this.autosaveTimers.delete(tab.key);
        if (tab.dirty && !tab.saving && !tab.externalChange && this.workspace.tabs.includes(tab) && tab.path) {
          void this.workspace.write(tab, tab.path, false);
        }
      }, AUTOSAVE_DELAY_MS),
    );
  }

  private async journal(tab: DocumentTab): Promise<void> {
    if (!this.workspace.tabs.includes(tab)) {
      this.workspace.journal.forget(tab.key);
      return;
    }
    try {
      if (tab.dirty) {
        const cost = pacingCost(await this.workspace.journal.write(journalTarget(tab), () => tab.article()));
        if (cost === undefined) this.journalCost.delete(tab.key);
        else this.journalCost.set(tab.key, cost);
      } else {
        // The writer keeps its base: the backend keeps it too, so the first journal write
        // after a save is a patch, not the whole article again.
        await this.api['documents.journalDiscard']({ key: tab.key });
      }
    } catch {
      // The journal is a safety net; a backend without it (or a full disk) must not interrupt editing.
    }
  }

  /** Loads the journal of a previous run; entries of tabs open now are not offered. */
  async loadRecoverable(): Promise<void> {
    try {
      const entries = await this.api['documents.journalList']({});
      const open = new Set(this.workspace.tabs.map((t) => t.key));
      this.recoverable = entries.filter((e) => !open.has(e.key));
    } catch {
      this.recoverable = [];
    }
  }

  /** Restores a journalled document: its file reopened (or a new tab) with the unsaved text applied as one undoable step. */
  async restore(entry: JournalEntry): Promise<void> {
    this.recoverable = this.recoverable.filter((e) => e.key !== entry.key);
    let tab: DocumentTab | undefined;
    if (entry.path) {
      await this.workspace.openPath(entry.path);
      tab = this.workspace.tabs.find((t) => t.path === entry.path);
    }
    if (!tab) tab = this.workspace.adopt({ name: entry.name, article: entry.article }, entry.key);
    else {
      tab.run(replaceArticle(entry.article));
      // Changes made against an older revision of the file: the next poll asks keep/load/compare.
      if (entry.baseRevision !== undefined && entry.baseRevision !== null) tab.revision = entry.baseRevision;
    }
    if (!entry.path) tab.savedDoc = tab.editorState.schema.topNodeType.createAndFill() ?? tab.savedDoc;
    if (tab.key !== entry.key) void this.api['documents.journalDiscard']({ key: entry.key }).catch(() => undefined);
    this.edited(tab);
  }

  /** Drops a journalled document the user does not want back. */
  async discard(entry: JournalEntry): Promise<void> {
    this.recoverable = this.recoverable.filter((e) => e.key !== entry.key);
    await this.api['documents.journalDiscard']({ key: entry.key }).catch(() => undefined);
  }

  private async pollAll(): Promise<void> {
    await Promise.all(this.workspace.tabs.map((tab) => this.poll(tab)));
  }

  private async poll(tab: DocumentTab): Promise<void> {
    if (!tab.path || tab.revision === null || tab.saving || tab.externalChange) return;
    const generation = tab.generation;
    let revision: string | null;
    try {
      revision = (await this.api['documents.stat']({ path: tab.path })).revision;
    } catch {
      return;
    }
    if (tab.generation !== generation || tab.saving || revision === tab.revision || tab.externalChange) return;
    if (revision !== null && revision === tab.snoozedRevision) return;
    if (revision !== null && !tab.dirty) return this.reload(tab, generation);
    await this.workspace.loadExternal(tab);
    if (tab.generation !== generation) tab.externalChange = null;
  }

  /** Silently replaces a clean buffer with the file as changed on disk (undoable). */
  private async reload(tab: DocumentTab, generation: number): Promise<void> {
    if (!tab.path) return;
    try {
      const theirs = await this.api['documents.open']({ path: tab.path });
      if (tab.generation !== generation || tab.dirty) return;
      tab.run(replaceArticle(theirs.article));
      tab.markSaved(tab.editorState.doc, theirs.revision ?? null);
    } catch {
      // Unreadable right now (a half-written file): the next poll tries again.
    }
  }

  /** The user keeps their text over a changed file: the next save overwrites it. */
  keepMine(tab: DocumentTab): void {
    const change = tab.externalChange;
    if (!change) return;
    tab.revision = change.revision;
    tab.generation++;
    tab.externalChange = null;
    this.edited(tab);
  }

  /** The user decides later: the buffer stays dirty and this revision is not asked about again (a save still is). */
  later(tab: DocumentTab): void {
    tab.snoozedRevision = tab.externalChange?.revision ?? null;
    tab.externalChange = null;
  }

  /** The user takes the file from disk: applied as one undoable step, the tab clean afterwards. */
  loadTheirs(tab: DocumentTab): void {
    const change = tab.externalChange;
    if (!change?.article) return;
    tab.run(replaceArticle(change.article));
    tab.markSaved(tab.editorState.doc, change.revision);
    tab.externalChange = null;
  }
}
