/**
 * Streams a WordPress export (WXR 1.2) with saxes: yields the channel's header records
 * (authors, categories, tags, site address) and then one record per `<item>`, each built from
 * that item's elements only, so memory stays flat whatever the size of the file.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** One XML element of an item or header record: its name, attributes, text and children. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlNode[];
}

/** What the reader yields, in file order. */
export type WxrRecord =
  | { kind: 'site'; baseUrl: string; title: string; line: number }
  | { kind: 'author' | 'category' | 'tag' | 'item'; node: XmlNode; line: number };

/** Options for {@link readWxr}. */
export interface ReadWxrOptions {
  /** Element names whose text is not kept (e.g. `content:encoded` on a metadata-only pass). Default: none. */
  skipText?: ReadonlySet<string>;
  /** Called with the bytes read so far, for a progress bar. Default: none. */
  onBytes?: (bytes: number) => void;
}

const RECORDS: Record<string, 'author' | 'category' | 'tag' | 'item'> = { 'wp:author': 'author', 'wp:category': 'category', 'wp:tag': 'tag', item: 'item' };

/** Reads `file` as a stream of records; throws with the line number on malformed XML. */
export async function* readWxr(file: string, options: ReadWxrOptions = {}): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const queue: WxrRecord[] = [];
  const stack: XmlNode[] = [];
  let record: { kind: 'author' | 'category' | 'tag' | 'item'; line: number } | undefined;
  const path: string[] = [];
  let baseUrl = '';
  let title = '';
  let siteSent = false;
  let headerText = '';
  let skipDepth = 0;

  const sendSite = () => {
    if (siteSent) return;
    siteSent = true;
    queue.push({ kind: 'site', baseUrl: baseUrl.replace(/\/+$/, ''), title, line: parser.line });
  };

  parser.on('opentag', (tag: SaxesTagPlain) => {
    path.push(tag.name);
    if (!record && path.length === 3 && path[1] === 'channel' && RECORDS[tag.name]) {
      record = { kind: RECORDS[tag.name]!, line: parser.line };
      if (record.kind === 'item') sendSite();
    }
    if (record) {
      const node: XmlNode = { name: tag.name, attrs: tag.attributes as Record<string, string>, text: '', children: [] };
      stack.at(-1)?.children.push(node);
      stack.push(node);
      if (skipDepth || options.skipText?.has(tag.name)) skipDepth++;
    } else headerText = '';
  });
  const onText = (text: string) => {
    if (record) {
      if (!skipDepth) stack.at(-1)!.text += text;
    } else headerText += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const name = path.pop()!;
    if (record) {
      const node = stack.pop()!;
      if (skipDepth) skipDepth--;
      if (stack.length === 0) {
        queue.push({ kind: record.kind, node, line: record.line });
        record = undefined;
      }
    } else if (path.length === 2 && path[1] === 'channel') {
      if (name === 'wp:base_site_url' || (name === 'link' && !baseUrl)) baseUrl = headerText.trim();
      if (name === 'title') title = headerText.trim();
    }
  });
  parser.on('end', sendSite);

  let bytes = 0;
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      bytes += Buffer.byteLength(chunk);
      try {
        parser.write(chunk);
      } catch (error) {
        throw new Error(`${file}:${parser.line}: not well-formed XML: ${(error as Error).message.replace(/^.*?:\d+:\d+: /, '')}`, { cause: error });
      }
      options.onBytes?.(bytes);
      yield* queue.splice(0);
    }
    try {
      parser.close();
    } catch (error) {
      throw new Error(`${file}:${parser.line}: not well-formed XML: ${(error as Error).message.replace(/^.*?:\d+:\d+: /, '')}`, { cause: error });
    }
    yield* queue.splice(0);
  } finally {
    stream.destroy();
  }
}

/** The trimmed text of the first child named `name` ('' when absent). */
export function childText(node: XmlNode, name: string): string {
  return node.children.find((c) => c.name === name)?.text.trim() ?? '';
}

/** The untrimmed text of the first child named `name` (for bodies, where white space matters). */
export function childRaw(node: XmlNode, name: string): string {
  return node.children.find((c) => c.name === name)?.text ?? '';
}

/** Every child named `name`. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}
