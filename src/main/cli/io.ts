import { once } from 'node:events';

/** Where a command writes: stdout/stderr by default, a capture in tests. */
export interface Io {
  /** Writes to the output; a promise when the writer is full and should be waited for. */
  out: (s: string) => void | Promise<void>;
  err: (s: string) => void;
}

export const stdio: Io = {
  // A pipe to a slower reader queues what it cannot take in memory: the caller waits for it.
  out: (s) => (process.stdout.write(s) ? undefined : once(process.stdout, 'drain').then(() => {})),
  err: (s) => void process.stderr.write(s),
};
