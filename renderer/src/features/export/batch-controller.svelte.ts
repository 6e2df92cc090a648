/**
 * One batch export as the UI runs it: starts a backend job, polls its progress, offers
 * Cancel, and when some export files already exist asks once — replace all, keep both, or
 * skip them — then exports just those with the chosen policy. Invariants: no existing file
 * is replaced before the user chose "Replace all"; every file given ends up counted exactly
 * once as exported, failed, skipped or not reached (cancelled); a failure of one file never
 * stops the others.
 */
import type { CopydeskApi } from '../../../../core/api/contract.ts';
import type { BatchJobStatus } from '../../../../core/api/export.ts';
import type { ExportFormat, PageSize } from '../../../../core/export/formats.ts';

/** How often the job's progress is read. */
export const BATCH_POLL_MS = 150;

/** Where a batch is: not started, exporting, waiting for the "files exist" answer, finished. */
export type BatchPhase = 'idle' | 'running' | 'asking' | 'done';

/** The user's answer when export files exist. */
export type ExistingChoice = 'overwrite' | 'rename' | 'skip';

/** What a batch writes, and where. */
export interface BatchRequest {
  readonly paths: readonly string[];
  readonly format: ExportFormat;
  readonly dir: string;
  readonly pageSize: PageSize;
}

/** The outcome of a whole batch (all its rounds). */
export interface BatchSummary {
  readonly exported: number;
  readonly failed: readonly { readonly source: string; readonly message: string }[];
  readonly skipped: number;
  /** Files never reached because the user cancelled. */
  readonly notReached: number;
  readonly dir: string;
}

/** The state of one batch export; reusable for the next one after `reset`. */
export class BatchController {
  phase = $state<BatchPhase>('idle');
  /** The running round's latest progress. */
  progress = $state<BatchJobStatus | null>(null);
  /** Files found existing, waiting for the user's choice. */
  existing = $state<readonly { readonly source: string; readonly path: string }[]>([]);
  summary = $state<BatchSummary | null>(null);
  error = $state<string | null>(null);
  cancelling = $state(false);

  private request: BatchRequest | null = null;
  private exported = 0;
  private failed: Array<{ source: string; message: string }> = [];
  private job: string | null = null;

  constructor(
    private readonly api: CopydeskApi,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** Exports `request.paths`; never replaces a file (existing ones lead to the question). */
  async start(request: BatchRequest): Promise<void> {
    if (this.phase === 'running') return;
    this.reset();
    this.request = request;
    await this.round(request.paths, 'fail');
  }

  /** Answers the "files exist" question. */
  async resolveExisting(choice: ExistingChoice): Promise<void> {
    if (this.phase !== 'asking' || !this.request) return;
    const existing = this.existing;
    this.existing = [];
    if (choice === 'skip') {
      this.finish(existing.length, 0);
      return;
    }
    await this.round(
      existing.map((e) => e.source),
      choice,
    );
  }

  /** Asks the backend to stop; the articles in flight finish, the rest are not reached. */
  async cancel(): Promise<void> {
    if (this.phase === 'asking') return this.resolveExisting('skip');
    if (this.phase !== 'running' || this.cancelling) return;
    this.cancelling = true;
    // Before the job id is known, the round cancels the job as soon as it is.
    if (this.job) await this.requestCancel(this.job);
  }

  private async requestCancel(job: string): Promise<void> {
    try {
      await this.api['export.batchCancel']({ job });
    } catch (error) {
      this.error = (error as Error).message;
    }
  }

  /** Forgets the last batch (the dialog closes or a new one starts). */
  reset(): void {
    if (this.phase === 'running') return;
    this.phase = 'idle';
    this.progress = null;
    this.existing = [];
    this.summary = null;
    this.error = null;
    this.cancelling = false;
    this.exported = 0;
    this.failed = [];
    this.job = null;
  }

  private async round(paths: readonly string[], conflict: 'fail' | 'overwrite' | 'rename'): Promise<void> {
    const request = this.request as BatchRequest;
    this.phase = 'running';
    this.progress = null;
    try {
      const started = await this.api['export.batchStart']({
        paths: [...paths],
        format: request.format,
        dir: request.dir,
        pageSize: request.pageSize,
        conflict,
      });
      this.job = started.job;
      if (this.cancelling) await this.requestCancel(started.job);
      let status = await this.api['export.batchStatus']({ job: started.job });
      this.progress = status;
      while (status.state === 'running') {
        await this.sleep(BATCH_POLL_MS);
        status = await this.api['export.batchStatus']({ job: started.job });
        this.progress = status;
      }
      this.exported += status.exported;
      this.failed.push(...status.failed);
      const notReached = status.total - status.done;
      if (status.existing.length > 0 && status.state === 'done') {
        this.existing = status.existing;
        this.phase = 'asking';
      } else {
        this.finish(status.existing.length, notReached);
      }
    } catch (error) {
      // The job could not start (bad folder, no PDF printer) or the backend went away.
      this.error = (error as Error).message;
      this.phase = this.exported > 0 || this.failed.length > 0 ? 'done' : 'idle';
      if (this.phase === 'done') this.finish(0, 0);
    }
  }

  private finish(skipped: number, notReached: number): void {
    this.summary = {
      exported: this.exported,
      failed: this.failed,
      skipped,
      notReached,
      dir: this.progress?.dir ?? this.request?.dir ?? '',
    };
    this.phase = 'done';
    this.cancelling = false;
    this.job = null;
  }
}
