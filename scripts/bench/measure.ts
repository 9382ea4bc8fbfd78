// Runs a command and measures what the bench reports: wall time and the peak resident memory
// of its whole process tree (Astro plus anything it starts, such as Pagefind's binary).
import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';

/** What one measured run produced. */
export interface Measured {
  code: number;
  wallMs: number;
  /** Highest sum of resident memory over the process tree, sampled every `sampleMs`; 0 where /proc is missing. */
  peakRssBytes: number;
  /** Everything the command printed. */
  output: string;
}

/** Runs `command args` and resolves when it exits; its output also goes to `logFile` when given. */
export function runMeasured(
  command: string,
  args: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; logFile?: string; sampleMs?: number },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = opts.logFile ? createWriteStream(opts.logFile) : undefined;
    let output = '';
    const onData = (d: Buffer) => {
      output += d;
      log?.write(d);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let peak = 0;
    let sampling = false;
    const sample = async () => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      try {
        peak = Math.max(peak, await treeRss(child.pid));
      } finally {
        sampling = false;
      }
    };
    const timer = setInterval(() => void sample(), opts.sampleMs ?? 100);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      log?.end();
      resolve({ code: code ?? 1, wallMs: performance.now() - started, peakRssBytes: peak, output });
    });
  });
}

/** One running process as /proc shows it. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** The command name (`comm`, at most 15 characters). */
  name: string;
  rssBytes: number;
}

/** Every running process from /proc; empty where /proc is unavailable. */
export async function listProcesses(): Promise<ProcessInfo[]> {
  let entries: string[];
  try {
    entries = (await readdir('/proc')).filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
  const found = await Promise.all(
    entries.map(async (e): Promise<ProcessInfo | undefined> => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after ")".
        const stat = await readFile(`/proc/${e}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // Field 24 of stat (index 21 after the comm) is rss in pages.
        return { pid: Number(e), ppid: Number(fields[1]), name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), rssBytes: Number(fields[21]) * 4096 };
      } catch {
        // The process ended between readdir and readFile.
        return undefined;
      }
    }),
  );
  return found.filter((p) => p !== undefined);
}

/** Resident memory of `pid` and all its descendants, in bytes (0 when /proc is unavailable). */
export async function treeRss(pid: number): Promise<number> {
  const processes = await listProcesses();
  const parent = new Map(processes.map((p) => [p.pid, p.ppid]));
  let total = 0;
  for (const p of processes) {
    for (let q: number | undefined = p.pid; q !== undefined && q > 0; q = parent.get(q)) {
      if (q === pid) {
        total += p.rssBytes;
        break;
      }
    }
  }
  return total;
}

/** Pages Astro rendered and pages it reused from its cache, from its build log (one line per page, "(cached)" when reused). */
export function pageCounts(output: string): { rendered: number; reused: number } {
  let rendered = 0;
  let reused = 0;
  // Astro colours its log where CI is set (picocolors); the tree lines are read without colour.
  for (const line of stripVTControlCharacters(output).split('\n')) {
    if (!/[├└]─ \/\S*\.html/.test(line)) continue;
    if (line.includes('(cached)')) reused++;
    else rendered++;
  }
  return { rendered, reused };
}
