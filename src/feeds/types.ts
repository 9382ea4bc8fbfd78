// The shapes every feed writer shares: an item and a channel as RSS, Atom and JSON Feed all
// need them, and the article and brief fields the items are made from.

/** A lead image as feeds carry it: an absolute URL and the exact type and byte size of that file. */
export interface FeedImage {
  /** Absolute URL of the file. */
  url: string;
  /** MIME type, e.g. `image/jpeg`. */
  type: string;
  /** Size of the file in bytes. */
  length: number;
  width: number;
  height: number;
  alt: string;
  caption?: string | undefined;
  credit?: string | undefined;
}

/** One item, the same in RSS, Atom and JSON Feed; every URL in it is absolute. */
export interface FeedItem {
  /** Permanent, unique id: the item's permalink. */
  id: string;
  /** Where the item leads (an article, or a brief's link). */
  url: string;
  title: string;
  /** Plain-text summary. */
  summary: string;
  /** Full HTML content with absolute URLs. */
  contentHtml: string;
  published: Date;
  updated?: Date | undefined;
  /** The section, by name. */
  category?: string | undefined;
  authors: Array<{ name: string; url?: string | undefined }>;
  image?: FeedImage | undefined;
  /** BCP 47 language of the item. */
  lang?: string | undefined;
}

/** What a feed says about itself. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page this feed mirrors (the home page, a category page). */
  homeUrl: string;
  /** Absolute URL of this feed. */
  feedUrl: string;
  /** BCP 47 language of the feed. */
  lang: string;
  /** Time zone the feed's ISO 8601 times are written in. */
  timeZone: string;
  /** Name used when an item has no author (Atom requires one). */
  publisher: string;
}

/** The article fields feeds use; `Article` from src/content/collections.ts fits. */
export interface ArticleForFeed {
  url: string;
  lang: string;
  data: { title: string; summary: string; published: Date; updated?: Date | undefined };
  category: { name: string };
  authors: ReadonlyArray<{ name: string; url: string }>;
}

/** The brief fields feeds use; `Brief` from src/content/collections.ts fits. */
export interface BriefForFeed {
  time: Date;
  text: string;
  category?: string | undefined;
}
