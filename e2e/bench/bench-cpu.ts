import { readdirSync, readFileSync } from 'node:fs';

// Linux's /proc/<pid>/stat counts CPU time in clock ticks of 1/100 s (USER_HZ is 100 on every Linux Chromium runs on).
const TICK_MS = 10;

interface ProcessTimes {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime: the process's CPU time and that of children it has waited for. */
  cpuMs: number;
}

function readProcess(pid: number): ProcessTimes | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: the fields that matter come after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const tick = (i: number) => Number(fields[i] ?? 0);
    return { pid, ppid: tick(1), cpuMs: (tick(11) + tick(12) + tick(13) + tick(14)) * TICK_MS };
  } catch {
    return null;
  }
}

function allProcesses(): ProcessTimes[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  return names.filter((n) => /^\d+$/.test(n)).flatMap((n) => readProcess(Number(n)) ?? []);
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * CPU milliseconds used so far by the Chromium running on `profileDir` and every process under it (renderers with
 * the service worker, the storage service, GPU and utility processes), or null where /proc cannot tell. On a
 * shared machine wall-clock figures count time spent waiting for a core; CPU time does not.
 */
export function chromiumCpuMs(profileDir: string): number | null {
  const processes = allProcesses();
  const flagged = new Set(
    processes
      .filter((p) => commandLine(p.pid).split('\0').includes(`--user-data-dir=${profileDir}`))
      .map((p) => p.pid),
  );
  // The browser process and its zygotes carry the flag; the browser is the one whose parent does not.
  const roots = processes.filter((p) => flagged.has(p.pid) && !flagged.has(p.ppid));
  if (roots.length === 0) return null;
  const children = new Map<number, ProcessTimes[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let total = 0;
  const stack = [...roots];
  for (let p = stack.pop(); p; p = stack.pop()) {
    total += p.cpuMs;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return total;
}
