// Sveltia CMS's bundle names its three fonts (UI text, code, icons) by jsDelivr URLs. We serve
// the same files from the Fontsource packages in node_modules instead, so /admin/ loads nothing
// from another host. A font we cannot map fails the build rather than silently using the CDN.

/** A font the CMS bundle asks a CDN for, and where our copy comes from. */
export interface CmsFont {
  /** The URL written in the bundle. */
  url: string;
  /** npm package that ships the same file. */
  pkg: string;
  /** File inside the package. */
  file: string;
  /** Where we serve it, below /admin/. */
  served: string;
}

const FONTSOURCE_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[0-9.]+\/([a-z0-9-]+\.woff2)/g;

/** Rewrites the bundle's Fontsource CDN URLs to `/admin/fonts/…` and lists the files to serve. */
export function localiseFonts(bundle: string): { bundle: string; fonts: CmsFont[] } {
  const fonts = new Map<string, CmsFont>();
  const rewritten = bundle.replace(FONTSOURCE_URL, (url, family: string, variable: string | undefined, file: string) => {
    const name = `${family}-${file}`;
    fonts.set(url, { url, pkg: `@fontsource${variable ? '-variable' : ''}/${family}`, file: `files/${name}`, served: `fonts/${name}` });
    return `/admin/fonts/${name}`;
  });
  if (/https:\/\/cdn\.jsdelivr\.net\//.test(rewritten)) {
    throw new Error('[cms] the Sveltia CMS bundle loads something from cdn.jsdelivr.net that we cannot serve locally; see src/cms/fonts.ts');
  }
  return { bundle: rewritten, fonts: [...fonts.values()] };
}
