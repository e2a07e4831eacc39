/** Where a command writes: stdout/stderr by default, a capture in tests. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const stdio: Io = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
};
