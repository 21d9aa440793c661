import fs from 'node:fs';
import os from 'node:os';

/** Clock ticks per second for /proc figures; 100 on every Linux this runs on. */
const TICKS = 100;

function readTicks(file: string, from: number, count: number): number[] | null {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .trim()
      .split(/\s+/)
      .slice(from, from + count)
      .map(Number);
  } catch {
    return null;
  }
}

/** CPU seconds a process has used so far (user + system), from /proc; null elsewhere. */
function processSeconds(pid: number): number | null {
  // Fields 14 and 15 of /proc/PID/stat; the command name before them has no spaces here.
  const ticks = readTicks(`/proc/${pid}/stat`, 13, 2);
  return ticks === null ? null : ((ticks[0] ?? 0) + (ticks[1] ?? 0)) / TICKS;
}

/** The machine's busy and total CPU seconds so far, from /proc/stat; null elsewhere. */
function machineSeconds(): { busy: number; total: number } | null {
  const ticks = readTicks('/proc/stat', 1, 8);
  if (ticks === null) return null;
  const total = ticks.reduce((sum, n) => sum + n, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { busy: (total - idle) / TICKS, total: total / TICKS };
}

/**
 * Where the CPU went while a load ran: how busy the whole machine was, and how much of it the
 * servers and the load's own clients used. On a machine shared with other work the difference
 * is what the others took.
 */
export function cpuMeter(serverPids: () => readonly number[]) {
  const servers = () => serverPids().reduce((sum, pid) => sum + (processSeconds(pid) ?? 0), 0);
  const client = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  };
  const start = { machine: machineSeconds(), servers: servers(), client: client() };
  const startedAt = performance.now();
  return () => {
    const seconds = (performance.now() - startedAt) / 1000;
    const machine = machineSeconds();
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      cores: os.cpus().length,
      machineBusy:
        machine && start.machine
          ? round((machine.busy - start.machine.busy) / (machine.total - start.machine.total))
          : null,
      serverCores: round((servers() - start.servers) / seconds),
      clientCores: round((client() - start.client) / seconds),
      loadAverage: round(os.loadavg()[0] ?? 0),
    };
  };
}
