/**
 * The control block a parse job shares with its worker thread: the cancel flag, and how many
 * records the consumer (the renderer) has taken, so that the worker can wait for it instead of
 * parsing ever further ahead (flow control, see PARSE_WINDOW in the API contract).
 */

/** How long a parser waits for a consumer that takes nothing before it stops the job. */
export const DEFAULT_STALL_MS = 60_000;
const CANCELLED = 0;
const TAKEN = 1;

/** The consumer took no record for too long while the parser waited: the job is stopped. */
export class ConsumerStalledError extends Error {
  readonly code = 'consumer_stalled';
}

export class ParseControl {
  /** Over a SharedArrayBuffer, so the service's thread and the worker see the same cells. */
  constructor(readonly cells: Int32Array = new Int32Array(new SharedArrayBuffer(8))) {}

  get cancelled(): boolean {
    return Atomics.load(this.cells, CANCELLED) === 1;
  }

  cancel(): void {
    Atomics.store(this.cells, CANCELLED, 1);
    Atomics.notify(this.cells, TAKEN); // a waiting worker wakes up and sees it
  }

  /** The consumer has taken `records` records of the job in all (a running total). */
  ack(records: number): void {
    const taken = Math.min(records, 0x7fffffff);
    if (taken <= Atomics.load(this.cells, TAKEN)) return;
    Atomics.store(this.cells, TAKEN, taken);
    Atomics.notify(this.cells, TAKEN);
  }

  /**
   * Blocks the calling (worker) thread while `emitted` records are more than `window` ahead of
   * what the consumer has taken, until it takes more or the job is cancelled. Throws
   * ConsumerStalledError (and cancels the job) when the consumer takes nothing for `stallMs`.
   */
  awaitConsumer(emitted: number, window: number, stallMs: number): void {
    let taken = Atomics.load(this.cells, TAKEN);
    let since = Date.now();
    while (emitted - taken > window && !this.cancelled) {
      Atomics.wait(this.cells, TAKEN, taken, Math.min(1000, stallMs));
      const now = Atomics.load(this.cells, TAKEN);
      if (now !== taken) {
        taken = now;
        since = Date.now();
      } else if (Date.now() - since >= stallMs && !this.cancelled) {
        this.cancel();
        throw new ConsumerStalledError(
          `the app took none of the parsed records for ${Math.round(stallMs / 1000)} s, so the import was stopped`,
        );
      }
    }
  }
}
