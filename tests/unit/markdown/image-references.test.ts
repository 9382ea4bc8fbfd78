import { describe, expect, it } from 'vitest';
import { renderMarkdownWithMetadata } from '../../helpers/markdown.ts';

// The plugin only means something inside Astro's pipeline: it tells Astro's image step which
// reference-style images are repository files. So it runs through the real pipeline here, and
// the test reads what that step wrote: an image Astro will process (its __ASTRO_IMAGE_ marker)
// or an <img> left with the path as written, which no browser can load from the built page.
async function images(markdown: string) {
  const { code, metadata } = await renderMarkdownWithMetadata(markdown);
  const imgs = [...code.matchAll(/<img ([^>]*)>/g)].map(([, attrs]) => {
    const marker = /__ASTRO_IMAGE_="([^"]*)"/.exec(attrs!)?.[1];
    return marker ? `processed ${JSON.parse(marker.replaceAll('&quot;', '"')).src}` : `left as ${/src="([^"]*)"/.exec(attrs!)?.[1] ?? 'no src'}`;
  });
  return { imgs, local: metadata.localImagePaths.sort() };
}

describe('imageReferences', () => {
  it('hands a reference-style repository image to Astro, like an inline one', async () => {
    expect(await images('![Harbour][harbour] and ![Quay](./quay.jpg)\n\n[harbour]: ./harbour.jpg "Tanger Med"\n')).toEqual({
      imgs: ['processed ./harbour.jpg', 'processed ./quay.jpg'],
      local: ['./harbour.jpg', './quay.jpg'],
    });
  });

  it('covers the collapsed and shortcut forms, and a path with a %-escape as Astro decodes it', async () => {
    expect(await images('![photo][] ![photo] ![b][b]\n\n[photo]: ./photo.png\n[b]: ./b%20c.png\n')).toEqual({
      imgs: ['processed ./photo.png', 'processed ./photo.png', 'processed ./b c.png'],
      local: ['./b c.png', './photo.png'],
    });
  });

  it('uses the first of two definitions with one label, as CommonMark does', async () => {
    expect((await images('![x][x]\n\n[x]: ./first.png\n[x]: ./second.png\n')).imgs).toEqual(['processed ./first.png']);
  });

  it('leaves remote images and site paths out, and a definition no image uses', async () => {
    const { imgs, local } = await images('![r][r] ![s][s]\n\n[r]: https://tracker.example/r.png\n[s]: /s.png\n[u]: ./unused.png\n');
    expect(local).toEqual([]);
    expect(imgs).toEqual(['left as no src', 'left as /s.png']);
  });
});
