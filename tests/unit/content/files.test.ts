import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageFacts, readContentText, scanContentFiles } from '../../../src/content/files.ts';

// The input policy for files (docs/writers-guide.md, "Limits"): content is regular files inside
// the content folder, at most 1,000,000 bytes of text, and images are described by what their
// headers say. A temporary project holds one of each kind of entry.
let project: string;
const content = (...parts: string[]) => path.join(project, 'content', ...parts);

/** A PNG whose header says `width`×`height` grey pixels, with one tiny row of data: no real decode. */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // 8 bits per sample, greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(width + 1))), chunk('IEND', Buffer.alloc(0))]);
}

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'content-files-'));
  await mkdir(content('articles/2026'), { recursive: true });
  await writeFile(content('articles/2026/story.md'), '# Story\n');
  await writeFile(content('articles/2026/photo.png'), await sharp({ create: { width: 3, height: 2, channels: 3, background: '#c00' } }).png().toBuffer());
  await writeFile(content('articles/2026/anim.GIF'), await sharp({ create: { width: 4, height: 3, channels: 3, background: '#0c0' } }).gif().toBuffer());
  await writeFile(content('articles/2026/empty.jpg'), '');
  await writeFile(content('articles/2026/fake.webp'), 'not an image at all');
  await writeFile(content('articles/2026/huge.png'), pngHeader(10_000, 5_000));
  await writeFile(content('articles/2026/big.md'), 'x'.repeat(1_000_001));
  await writeFile(content('articles/2026/limit.md'), 'x'.repeat(1_000_000));
  await writeFile(path.join(project, 'secret.txt'), 'outside the content folder');
  await symlink(path.join(project, 'secret.txt'), content('articles/2026/linked.md'));
  await symlink(content('articles/2026/photo.png'), content('articles/2026/linked.png'));
  execFileSync('mkfifo', [content('articles/2026/pipe.md')]);
});
afterAll(() => rm(project, { recursive: true, force: true }));

describe('scanContentFiles', () => {
  it('reports every link and pipe by its project path, and describes each regular image once', async () => {
    const { problems, images } = await scanContentFiles(project, 'content');
    expect(problems.map((p) => p.file).sort()).toEqual(['content/articles/2026/linked.md', 'content/articles/2026/linked.png', 'content/articles/2026/pipe.md']);
    expect(problems.find((p) => p.file.endsWith('linked.md'))!.message).toMatch(/symbolic link/);
    expect(problems.find((p) => p.file.endsWith('pipe.md'))!.message).toMatch(/named pipe, not a regular file/);
    expect([...images.keys()].sort()).toEqual(['content/articles/2026/anim.GIF', 'content/articles/2026/empty.jpg', 'content/articles/2026/fake.webp', 'content/articles/2026/huge.png', 'content/articles/2026/photo.png']);
    expect(images.get('content/articles/2026/photo.png')).toMatchObject({ format: 'png', width: 3, height: 2, pages: 1 });
    expect(images.get('content/articles/2026/anim.GIF')).toMatchObject({ format: 'gif', width: 4, height: 3, pages: 1 });
  });

  it('leaves out the folders a live build skips, and still scans the rest', async () => {
    await mkdir(content('authors/photos'), { recursive: true });
    await symlink(content('articles/2026/photo.png'), content('authors/photos/ann.png'));
    try {
      const { problems, images } = await scanContentFiles(project, 'content', ['articles']);
      expect(problems.map((p) => p.file)).toEqual(['content/authors/photos/ann.png']);
      expect(images.size).toBe(0);
    } finally {
      await rm(content('authors'), { recursive: true });
    }
  });

  it('finds nothing in a content folder that does not exist', async () => {
    expect(await scanContentFiles(project, 'no-such-folder')).toEqual({ problems: [], images: new Map() });
  });
});

describe('imageFacts', () => {
  it('gives the size on disk with what the header says', async () => {
    const facts = await imageFacts(content('articles/2026/photo.png'));
    expect(facts).toEqual({ size: expect.any(Number), format: 'png', width: 3, height: 2, pages: 1 });
    expect(facts.size).toBeGreaterThan(8);
  });

  it('gives the real dimensions of an image over the 40-million-pixel limit, so the problem can say how large it is', async () => {
    expect(await imageFacts(content('articles/2026/huge.png'))).toMatchObject({ format: 'png', width: 10_000, height: 5_000 });
  });

  it('says an empty file is empty, and why a file that is no image could not be read', async () => {
    expect(await imageFacts(content('articles/2026/empty.jpg'))).toEqual({ size: 0 });
    const fake = await imageFacts(content('articles/2026/fake.webp'));
    expect(fake.size).toBe('not an image at all'.length);
    expect(fake.format).toBeUndefined();
    expect(fake.error).toMatch(/./);
  });

  it('does not follow a symbolic link', async () => {
    await expect(imageFacts(content('articles/2026/linked.png'))).rejects.toMatchObject({ code: 'ELOOP' });
  });
});

describe('readContentText', () => {
  it('reads a regular file of up to 1,000,000 bytes', async () => {
    expect(await readContentText(content('articles/2026/story.md'), 'content/articles/2026/story.md')).toEqual({ text: '# Story\n' });
    const limit = await readContentText(content('articles/2026/limit.md'), 'limit.md');
    expect('text' in limit && limit.text.length).toBe(1_000_000);
  });

  it('refuses a larger file, naming its size and the limit, without quoting it', async () => {
    const result = await readContentText(content('articles/2026/big.md'), 'content/articles/2026/big.md');
    expect(result).toEqual({ problem: { file: 'content/articles/2026/big.md', message: expect.stringMatching(/1000001 bytes.*at most 1000000 bytes/) } });
  });

  it('refuses a symbolic link (even to a file in the project) and a named pipe, without hanging on the pipe', async () => {
    const link = await readContentText(content('articles/2026/linked.md'), 'content/articles/2026/linked.md');
    expect(link).toEqual({ problem: { file: 'content/articles/2026/linked.md', message: expect.stringMatching(/symbolic link/) } });
    const pipe = await readContentText(content('articles/2026/pipe.md'), 'content/articles/2026/pipe.md');
    expect(pipe).toEqual({ problem: { file: 'content/articles/2026/pipe.md', message: expect.stringMatching(/not a regular file/) } });
  });

  it('passes on any other failure to open, such as a missing file', async () => {
    await expect(readContentText(content('articles/2026/gone.md'), 'gone.md')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
