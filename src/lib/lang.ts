const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Text direction of a BCP 47 tag: `rtl` for Arabic, Persian, Hebrew, Urdu and kin, else `ltr`. */
export function textDirection(lang: string): 'rtl' | 'ltr' {
  const [primary = '', ...rest] = lang.toLowerCase().split('-');
  // A script subtag decides for languages written both ways (e.g. az-Arab).
  if (rest.includes('arab') || rest.includes('hebr')) return 'rtl';
  if (rest.includes('latn') || rest.includes('cyrl')) return 'ltr';
  return RTL.has(primary) ? 'rtl' : 'ltr';
}
