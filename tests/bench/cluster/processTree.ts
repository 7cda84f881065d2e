import fs from 'node:fs';

/**
 * CPU of processes the bench did not spawn itself (PostgreSQL and Redis run under setpriv, as `nobody`,
 * from the test helpers, which keep their pids to themselves): found by their command line in /proc.
 */
const CLOCK_TICKS = 100;

interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  /** utime + stime, ticks. */
  readonly own: number;
  /** cutime + cstime: children that exited and were waited for (a PostgreSQL backend that closed). */
  readonly children: number;
}

function readStat(pid: number): ProcStat | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null; // gone meanwhile
  }
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const field = (n: number) => Number(fields[n] ?? 0);
  return { pid, ppid: field(1), own: field(11) + field(12), children: field(13) + field(14) };
}

function allPids(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number);
}

/** The first process whose command line (arguments joined by spaces) matches. */
export function findProcess(commandLine: RegExp): number | null {
  for (const pid of allPids()) {
    let cmdline: string;
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      continue;
    }
    if (commandLine.test(cmdline)) return pid;
  }
  return null;
}

/**
 * CPU seconds used so far by a process and all its descendants, those that exited included (their
 * time moves into their parent's cutime when reaped), so a PostgreSQL backend closing during a
 * measured window neither vanishes from it nor counts twice.
 */
export function treeCpuSeconds(root: number): number {
  const stats = allPids()
    .map(readStat)
    .filter((stat): stat is ProcStat => stat !== null);
  const byParent = new Map<number, ProcStat[]>();
  for (const stat of stats) byParent.set(stat.ppid, [...(byParent.get(stat.ppid) ?? []), stat]);
  const rootStat = stats.find((stat) => stat.pid === root);
  if (!rootStat) return 0;
  let ticks = rootStat.own + rootStat.children;
  const queue = [...(byParent.get(root) ?? [])];
  for (let stat = queue.shift(); stat !== undefined; stat = queue.shift()) {
    ticks += stat.own + stat.children;
    queue.push(...(byParent.get(stat.pid) ?? []));
  }
  return ticks / CLOCK_TICKS;
}
