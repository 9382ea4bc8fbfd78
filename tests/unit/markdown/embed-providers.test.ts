import { describe, expect, it } from 'vitest';
import { EMBED_FRAME_ORIGINS, isAllowedFrameSrc, matchEmbed } from '../../../src/markdown/embed-providers.ts';

describe('matchEmbed', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    // Vimeo's own embed address, as its share dialog gives it.
    ['https://player.vimeo.com/video/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://x.com/jack/status/20', 'https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true'],
    ['https://twitter.com/jack/status/20', 'https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true'],
    ['https://www.instagram.com/p/CxYz12345/', 'https://www.instagram.com/p/CxYz12345/embed/'],
  ])('embeds %s as %s', (url, frame) => {
    expect(matchEmbed(url)?.frameSrc).toBe(frame);
  });

  it.each([
    ['a look-alike host', 'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ'],
    ['a host ending like the provider', 'https://notyoutube.com/watch?v=dQw4w9WgXcQ'],
    ['plain http', 'http://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['credentials in the URL', 'https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['markup in the id', 'https://www.youtube.com/watch?v=%22%3E%3Cscript%3E'],
    ['an id of the wrong length', 'https://youtu.be/short'],
    ['a javascript: URL', 'javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a provider page that is not an item', 'https://vimeo.com/channels/staffpicks'],
    ['a player address without /video/', 'https://player.vimeo.com/76979871'],
    ['a player address with more after the id', 'https://player.vimeo.com/video/76979871/extra'],
    ['a player address with an id that is not a number', 'https://player.vimeo.com/video/abc'],
    ['a player address of something other than a video', 'https://player.vimeo.com/album/76979871'],
    ['an X profile', 'https://x.com/jack'],
  ])('leaves %s alone', (_what, url) => {
    expect(matchEmbed(url)).toBeUndefined();
  });

  it('builds every frame on an origin the CSP allows', () => {
    for (const url of ['https://youtu.be/dQw4w9WgXcQ', 'https://vimeo.com/1', 'https://x.com/a/status/1', 'https://instagram.com/reel/ABCDE/']) {
      const frame = matchEmbed(url)!.frameSrc;
      expect(EMBED_FRAME_ORIGINS).toContain(new URL(frame).origin);
      expect(isAllowedFrameSrc(frame)).toBe(true);
    }
    expect(isAllowedFrameSrc('https://www.youtube-nocookie.com.evil.example/embed/x')).toBe(false);
    expect(isAllowedFrameSrc('javascript:alert(1)')).toBe(false);
  });
});
