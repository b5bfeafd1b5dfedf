// The contract between the bench runner and each benchmark module: a module measures and
// returns rows; the runner prints them and writes bench-results/latest.json.

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The comparison value (e.g. Turf's time), in the same unit. */
  baseline?: number;
  /** baseline / value for times: how many times faster. */
  ratio?: number;
  /** Human-readable target, e.g. "< 500 ms" or "≥ 300×". */
  goal?: string;
  met?: boolean;
}

export interface BenchOptions {
  /** Smaller samples for slow baselines; rows say when a figure is extrapolated. */
  quick: boolean;
  log: (line: string) => void;
}

export interface BenchModule {
  name: string;
  run(options: BenchOptions): Promise<BenchRow[]> | BenchRow[];
}
