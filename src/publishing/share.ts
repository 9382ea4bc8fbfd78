/** One "share this article" link: a plain URL, so no third-party script ever loads. */
export interface ShareLink {
  /** Stable key, used for styling and tests. */
  id: 'facebook' | 'x' | 'whatsapp' | 'email';
  /** Visible link text. */
  label: string;
  href: string;
}

/**
 * Share links for a page, built from each network's documented share URL. The reader's
 * browser only talks to a network after they click; nothing is embedded.
 */
export function shareLinks({ url, title }: { url: string; title: string }): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { id: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: 'x', label: 'X', href: `https://x.com/intent/tweet?text=${t}&url=${u}` },
    { id: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { id: 'email', label: 'Email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
  ];
}
