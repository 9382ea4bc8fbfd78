/**
 * The embed allowlist: which outside posts and videos an article may embed, and the one
 * frame address each becomes. A URL that matches nothing here stays a plain link.
 * Shared by the Markdown plugin (build), the click-to-load script (browser) and the CSP.
 */

/** A recognised embed: what to show before the click and which frame to load after it. */
export interface Embed {
  /** Provider key, used in class names: `youtube`, `vimeo`, `x` or `instagram`. */
  provider: EmbedProvider['id'];
  /** Provider name shown to the reader. */
  name: string;
  /** `video` or `post`: decides the wording and the frame's shape. */
  kind: 'video' | 'post';
  /** The address the writer pasted, kept as the no-JavaScript fallback link. */
  url: string;
  /** The frame loaded only after the reader asks for it. */
  frameSrc: string;
}

/** One provider: its hosts, how to find the item id in a URL, and how to build the frame. */
export interface EmbedProvider {
  id: 'youtube' | 'vimeo' | 'x' | 'instagram';
  name: string;
  kind: 'video' | 'post';
  /** Hosts a pasted URL may use (exact match, lowercase). */
  hosts: readonly string[];
  /** The item id, or undefined when the URL is not an embeddable item. */
  idOf: (url: URL) => string | undefined;
  /** The frame address for an id; always on `frameOrigin`. */
  frame: (id: string) => string;
  /** The only origin the frame may load from (goes into the CSP's frame-src). */
  frameOrigin: string;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const NUMERIC_ID = /^[0-9]{1,20}$/;
const INSTAGRAM_CODE = /^[A-Za-z0-9_-]{5,40}$/;

/** Returns `value` when it matches `pattern`, else undefined. */
const when = (pattern: RegExp, value: string | null | undefined) => (value && pattern.test(value) ? value : undefined);

/** The providers a writer may embed; add one here and the CSP follows. */
export const EMBED_PROVIDERS: readonly EmbedProvider[] = [
  {
    id: 'youtube',
    name: 'YouTube',
    kind: 'video',
    hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be'],
    idOf: (url) => {
      if (url.hostname === 'youtu.be') return when(YOUTUBE_ID, url.pathname.split('/')[1]);
      if (url.pathname === '/watch') return when(YOUTUBE_ID, url.searchParams.get('v'));
      const [, section, id, extra] = url.pathname.split('/');
      return ['shorts', 'embed', 'live'].includes(section ?? '') && !extra ? when(YOUTUBE_ID, id) : undefined;
    },
    // The "no cookie" domain sets no tracking cookies until the reader plays the video.
    frame: (id) => `https://www.youtube-nocookie.com/embed/${id}`,
    frameOrigin: 'https://www.youtube-nocookie.com',
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    kind: 'video',
    hosts: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'],
    idOf: (url) => {
      const parts = url.pathname.split('/').filter(Boolean);
      if (url.hostname === 'player.vimeo.com') return parts[0] === 'video' && parts.length === 2 ? when(NUMERIC_ID, parts[1]) : undefined;
      return parts.length === 1 ? when(NUMERIC_ID, parts[0]) : undefined;
    },
    frame: (id) => `https://player.vimeo.com/video/${id}?dnt=1`,
    frameOrigin: 'https://player.vimeo.com',
  },
  {
    id: 'x',
    name: 'X',
    kind: 'post',
    hosts: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
    idOf: (url) => {
      const [, user, status, id, extra] = url.pathname.split('/');
      return user && /^[A-Za-z0-9_]{1,15}$/.test(user) && status === 'status' && !extra ? when(NUMERIC_ID, id) : undefined;
    },
    frame: (id) => `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`,
    frameOrigin: 'https://platform.twitter.com',
  },
  {
    id: 'instagram',
    name: 'Instagram',
    kind: 'post',
    hosts: ['instagram.com', 'www.instagram.com'],
    idOf: (url) => {
      const parts = url.pathname.split('/').filter(Boolean);
      return parts.length === 2 && (parts[0] === 'p' || parts[0] === 'reel') ? when(INSTAGRAM_CODE, parts[1]) : undefined;
    },
    frame: (id) => `https://www.instagram.com/p/${id}/embed/`,
    frameOrigin: 'https://www.instagram.com',
  },
];

/** Every origin an embed frame may come from, for the CSP's frame-src. */
export const EMBED_FRAME_ORIGINS: readonly string[] = EMBED_PROVIDERS.map((p) => p.frameOrigin);

/** The embed for a pasted https URL on an allowlisted provider, or undefined for anything else. */
export function matchEmbed(href: string): Embed | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  const host = url.hostname.toLowerCase();
  const provider = EMBED_PROVIDERS.find((p) => p.hosts.includes(host));
  const id = provider?.idOf(url);
  if (!provider || !id) return undefined;
  return { provider: provider.id, name: provider.name, kind: provider.kind, url: url.href, frameSrc: provider.frame(id) };
}

/** True when a frame address is one `matchEmbed` could have produced (the browser script re-checks). */
export function isAllowedFrameSrc(src: string): boolean {
  return EMBED_PROVIDERS.some((p) => src.startsWith(`${p.frameOrigin}/`));
}
