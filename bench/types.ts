/** A benchmark module: bench/index.ts runs every module in its list, in order. */
export interface BenchModule {
  name: string;
  /** Prints its figures; throws or returns false when a target is missed. */
  run(): Promise<boolean>;
}
