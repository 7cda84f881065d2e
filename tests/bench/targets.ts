/**
 * The performance targets of issue 17, each recorded by the section that measures it and printed
 * together at the end of `pnpm bench`, so one run says which are met. A target compares Parley's
 * figure with a bound: a ratio to a reference measured in the same run, or an absolute limit.
 */
export interface TargetResult {
  /** What is measured, in words ("many rooms: CPU per delivery"). */
  readonly target: string;
  /** Parley's figure, in `unit`. */
  readonly parley: number;
  /** The figure it is compared with (the reference's in the same run), when the bound is a ratio. */
  readonly reference?: number;
  readonly unit: string;
  /** The bound as written in the issue ("≤ 1.2× reference", "≤ 100 ms"). */
  readonly bound: string;
  readonly met: boolean;
}

const recorded: TargetResult[] = [];

const fmt = (n: number) =>
  !Number.isFinite(n) ? '—' : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);

/** A target bounded by a ratio to a reference figure of the same run (lower is better). */
export function recordRatioTarget(target: string, parley: number, reference: number, unit: string, maxRatio: number) {
  const ratio = parley / reference;
  recorded.push({
    target,
    parley,
    reference,
    unit,
    bound: `≤ ${maxRatio}× reference`,
    met: Number.isFinite(ratio) && ratio <= maxRatio,
  });
}

/** A target bounded by an absolute limit (lower is better). */
export function recordLimitTarget(target: string, parley: number, unit: string, limit: number) {
  recorded.push({ target, parley, unit, bound: `≤ ${limit} ${unit}`, met: Number.isFinite(parley) && parley <= limit });
}

/** A target bounded below by a reference figure of the same run (higher is better: a throughput). */
export function recordAtLeastTarget(target: string, parley: number, reference: number, unit: string) {
  recorded.push({
    target,
    parley,
    reference,
    unit,
    bound: '≥ reference',
    met: Number.isFinite(parley) && parley >= reference,
  });
}

/** The closing table of `pnpm bench`: every target recorded in this run, with its ratio and verdict. */
export function targetsTable(): string[] {
  if (recorded.length === 0) return [];
  const lines = [
    'Targets (issue 17), this run',
    '| target | Parley | reference | ratio | bound | |',
    '|---|---:|---:|---:|---|---|',
  ];
  for (const t of recorded) {
    const reference = t.reference === undefined ? '' : `${fmt(t.reference)} ${t.unit}`;
    const ratio = t.reference === undefined ? '' : `${fmt(t.parley / t.reference)}×`;
    lines.push(
      `| ${t.target} | ${fmt(t.parley)} ${t.unit} | ${reference} | ${ratio} | ${t.bound} | ${t.met ? 'met' : 'MISSED'} |`,
    );
  }
  const met = recorded.filter((t) => t.met).length;
  lines.push('', `${met} of ${recorded.length} targets met`);
  return lines;
}
