/**
 * Batch exports running in the background of the backend, so the UI can show progress and
 * offer Cancel: a job is started, polled, and cancelled by id. Invariants: a job's counts
 * only grow; `state` leaves `running` exactly once; at most `MAX_KEPT_JOBS` finished jobs
 * are remembered (the oldest finished one is forgotten first); running jobs are never
 * forgotten, and `stopAll` cancels them when the backend shuts down.
 */
import { randomBytes } from 'node:crypto';
import type { BatchJobState, BatchJobStatus } from '../../core/api/export.ts';
import { collectBatchInputs, exportBatchFiles, type BatchFailure, type BatchOptions } from './batch.ts';

/** How many finished jobs stay readable. */
export const MAX_KEPT_JOBS = 16;

interface Job {
  readonly id: string;
  readonly dir: string;
  readonly total: number;
  readonly abort: AbortController;
  readonly finished: Promise<void>;
  state: BatchJobState;
  done: number;
  current: string | undefined;
  exported: number;
  readonly failed: BatchFailure[];
  readonly existing: Array<{ source: string; path: string }>;
}

/** The job with this id is not known (never started, or forgotten long ago). */
export class UnknownJobError extends Error {
  override readonly name = 'UnknownJobError';
}

/** The background batch jobs of one backend. */
export class BatchJobs {
  private readonly jobs = new Map<string, Job>();

  /**
   * Collects the inputs (folders expanded) and starts exporting them; resolves once the job
   * runs, with its id and file count. Options `signal`, `onResult` and `onProgress` are the job's own.
   */
  async start(
    inputs: readonly string[],
    options: Omit<BatchOptions, 'signal' | 'onResult' | 'onProgress'> & { readonly cwd: string },
  ): Promise<{ job: string; total: number }> {
    const { files, failed: missing } = await collectBatchInputs(inputs, options.cwd);
    const abort = new AbortController();
    const id = randomBytes(9).toString('base64url');
    const failed: BatchFailure[] = [...missing];
    const job: Job = {
      id,
      dir: options.outDir,
      total: files.length + missing.length,
      abort,
      state: 'running',
      done: missing.length,
      current: undefined,
      exported: 0,
      failed,
      existing: [],
      finished: exportBatchFiles(files, [], {
        ...options,
        signal: abort.signal,
        onResult: (result) => {
          if ('path' in result) job.exported++;
          else if (result.existing !== undefined) job.existing.push({ source: result.source, path: result.existing });
          else job.failed.push(result);
        },
        onProgress: (_done, _total, source) => {
          job.done++;
          job.current = source;
        },
      }).then(
        () => {
          job.state = abort.signal.aborted && job.done < job.total ? 'cancelled' : 'done';
        },
        (error: unknown) => {
          // Only the output folder failing can end a batch early: name it as one failure.
          failed.push({ source: options.outDir, message: (error as Error)?.message?.split('\n')[0] ?? String(error) });
          job.state = 'done';
        },
      ),
    };
    this.jobs.set(id, job);
    this.forgetOldest();
    return { job: id, total: job.total };
  }

  /** The job's progress and results so far. */
  status(id: string): BatchJobStatus {
    const job = this.jobs.get(id);
    if (!job) throw new UnknownJobError(`no export job ${id} (it finished long ago or never started)`);
    return {
      job: job.id,
      state: job.state,
      done: job.done,
      total: job.total,
      dir: job.dir,
      ...(job.current !== undefined ? { current: job.current } : {}),
      exported: job.exported,
      failed: job.failed.map(({ source, message }) => ({ source, message })),
      existing: [...job.existing],
    };
  }

  /** Stops starting new articles; resolves with the final status once the ones in flight are done. */
  async cancel(id: string): Promise<BatchJobStatus> {
    const job = this.jobs.get(id);
    if (!job) throw new UnknownJobError(`no export job ${id} (it finished long ago or never started)`);
    job.abort.abort();
    await job.finished;
    return this.status(id);
  }

  /** Cancels every running job and waits for them (backend shutdown). */
  async stopAll(): Promise<void> {
    const running = [...this.jobs.values()].filter((job) => job.state === 'running');
    for (const job of running) job.abort.abort();
    await Promise.all(running.map((job) => job.finished));
  }

  private forgetOldest(): void {
    const finished = [...this.jobs.values()].filter((job) => job.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, this.jobs.size - MAX_KEPT_JOBS))) this.jobs.delete(job.id);
  }
}
