import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesDigest, importClosure } from '../reuse/build-fingerprint.ts';
import type { PageFacts } from './page-checks.ts';
import type { BuiltPage } from './output-files.ts';

/**
 * What the output checks read from each page (`readPageFacts`), kept in the cache folder between
 * builds. Parsing every page took ~25 s of CPU at 10,000 articles, on every build; a rebuild now
 * parses only the pages whose HTML changed (same path, same SHA-256) and reuses the rest. The
 * checks themselves (links, anchors, CSP...) still run over every page's facts on every build.
 */
const FILE = 'newsroom-page-facts.ndjson';
/** The one-JSON-document form of earlier versions: at 100,000 articles it passed V8's 512 MB cap on one string. */
const OLD_FILE = 'newsroom-page-facts.json';

/**
 * The file's layout, in its header: a file written in another layout is not used. Layout 2: each
 * string that pages share (URLs, anchors, tags, the CSP, messages) is written once, on a line of
 * its own (a JSON string), and pages refer to it by number; at 10,000 articles the file went from
 * 76 MB (every page spelling out its links and policy) to 20 MB. Layout 3: each page's line
 * also holds its publication time and where its bytes came from, so that src/build/finish.ts
 * need not read a page that was put in place from the cache unchanged.
 */
const FORMAT = 3;

/** The kinds of URL finding, by number. */
const KINDS = ['link', 'image', 'resource'] as const;
/** A finding's kind number for a message (a problem found on the page alone). */
const MESSAGE = KINDS.length;

/**
 * One page's line: its path, digest and title, the numbers of its canonical URL and policy (-1:
 * none), of its ids, its inline code as [kind, type, text], and its findings, three numbers each:
 * a URL's string, its kind and its tag's string, or a message's string, MESSAGE and 0; then its
 * publication time and the stamp of the cached copy it was seeded from (layout 3; null: none).
 */
type Stored = [
  file: string,
  digest: string,
  title: string,
  canonical: number,
  policy: number,
  ids: number[],
  inline: Array<[string, string, string]>,
  findings: number[],
  published: string | null,
  origin: string | null,
];

/**
 * Identifies the code that turns HTML into facts: src/build/checks/page-checks.ts with everything it
 * imports, and the locked dependency versions (parse5, hast) in the project at `root`. Facts
 * saved under another fingerprint are not used.
 */
export async function factsFingerprint(root = fileURLToPath(new URL('../../../', import.meta.url))): Promise<string> {
  return filesDigest(root, [...importClosure(root, ['src/build/checks/page-checks.ts']), 'package-lock.json']);
}

/**
 * The facts the last build saved under `fingerprint`; an empty map when there are none (or they
 * are unreadable, cut short, in another layout, or saved by other code). The file is one JSON
 * line for the layout and fingerprint, then, line by line, the shared strings and the pages (see
 * FORMAT), read line by line: at 100,000 articles the facts took ~750 MB spelled out, more than
 * one JavaScript string can hold. A page's strings are the same string objects as every other
 * page's, so the loaded facts take that much less memory too.
 */
export async function loadPageFacts(cacheDir: string, fingerprint: string): Promise<Map<string, BuiltPage<PageFacts>>> {
  const pages = new Map<string, BuiltPage<PageFacts>>();
  const lines = createInterface({ input: createReadStream(path.join(cacheDir, FILE), 'utf8'), crlfDelay: Infinity });
  // How many pages the header line says follow; undefined until it has been read.
  let expected: unknown;
  // The shared strings read so far, by number; a page may only use those defined above it.
  const strings: string[] = [];
  const text = (n: number): string => {
    const s = strings[n];
    if (s === undefined) throw new Error(`string ${n} is not defined`);
    return s;
  };
  try {
    for await (const line of lines) {
      if (expected === undefined) {
        const header = JSON.parse(line) as { format?: unknown; fingerprint?: unknown; pages?: unknown } | null;
        if (header?.format !== FORMAT || header.fingerprint !== fingerprint || typeof header.pages !== 'number') return new Map();
        expected = header.pages;
        continue;
      }
      if (line.startsWith('"')) {
        strings.push(JSON.parse(line) as string);
        continue;
      }
      const [file, digest, title, canonical, policy, ids, inline, found, published, origin] = JSON.parse(line) as Stored;
      const findings: PageFacts['findings'][number][] = [];
      for (let i = 0; i < found.length; i += 3) {
        const kind = found[i + 1]!;
        findings.push(kind === MESSAGE ? { message: text(found[i]!) } : { url: text(found[i]!), kind: KINDS[kind]!, tag: text(found[i + 2]!) });
      }
      const facts: PageFacts = {
        ids: new Set(ids.map(text)),
        title,
        canonical: canonical < 0 ? undefined : text(canonical),
        policy: policy < 0 ? undefined : text(policy),
        inline: inline.map(([kind, type, code]) => ({ kind: kind as 'script' | 'style', type, text: code })),
        findings,
      };
      pages.set(file, { digest, facts, ...(published === null ? {} : { published }), ...(origin === null ? {} : { origin }) });
    }
  } catch {
    return new Map();
  } finally {
    lines.close();
  }
  // The header says how many pages follow: a file cut short is not used.
  return expected === pages.size ? pages : new Map();
}

/**
 * Saves every page's facts for the next build, one line per page after the lines of the shared
 * strings it is the first to use, written whole under a name of its own and then renamed into
 * place; creates `cacheDir` if need be.
 */
export async function savePageFacts(cacheDir: string, fingerprint: string, pages: ReadonlyMap<string, BuiltPage<PageFacts>>): Promise<void> {
  const target = path.join(cacheDir, FILE);
  await mkdir(cacheDir, { recursive: true });
  // A name of its own, so two builds sharing a cache folder never write into one file.
  const scratch = `${target}.${process.pid}.tmp`;
  const out = createWriteStream(scratch, 'utf8');
  const closed = once(out, 'close');
  // A failed write is reported by the stream's 'error', which `once` turns into a rejection.
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => {});
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await Promise.race([once(out, 'drain'), failed]);
  };
  await write(JSON.stringify({ format: FORMAT, fingerprint, pages: pages.size }));
  // Each shared string gets its number the first time a page uses it, on a line before that page's.
  const numbers = new Map<string, number>();
  let defined: string[] = [];
  const number = (s: string): number => {
    let n = numbers.get(s);
    if (n === undefined) {
      numbers.set(s, (n = numbers.size));
      defined.push(JSON.stringify(s));
    }
    return n;
  };
  for (const [file, { digest, facts, published, origin }] of pages) {
    const found: number[] = [];
    for (const f of facts.findings) {
      if ('message' in f) found.push(number(f.message), MESSAGE, 0);
      else found.push(number(f.url), KINDS.indexOf(f.kind), number(f.tag));
    }
    const canonical = facts.canonical === undefined ? -1 : number(facts.canonical);
    const policy = facts.policy === undefined ? -1 : number(facts.policy);
    const inline = facts.inline.map((c): [string, string, string] => [c.kind, c.type, c.text]);
    const stored: Stored = [file, digest, facts.title, canonical, policy, [...facts.ids].map(number), inline, found, published ?? null, origin ?? null];
    defined.push(JSON.stringify(stored));
    await write(defined.join('\n'));
    defined = [];
  }
  out.end();
  await Promise.race([closed, failed]);
  await rename(scratch, target);
  await rm(path.join(cacheDir, OLD_FILE), { force: true });
}
