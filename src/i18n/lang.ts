const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Text direction of a BCP 47 tag: `rtl` for Arabic, Persian, Hebrew, Urdu and kin, else `ltr`. */
export function textDirection(lang: string): 'rtl' | 'ltr' {
  const [primary = '', ...rest] = lang.toLowerCase().split('-');
  // A script subtag decides for languages written both ways (e.g. az-Arab).
  if (rest.includes('arab') || rest.includes('hebr')) return 'rtl';
  if (rest.includes('latn') || rest.includes('cyrl')) return 'ltr';
  return RTL.has(primary) ? 'rtl' : 'ltr';
}

const ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur', 'ps', 'sd', 'ug', 'ckb']);

/** True when a BCP 47 tag's text is written in Arabic letters (`ar`, `fa`, `ur`, …, or an `-Arab` script subtag). */
export function usesArabicScript(lang: string): boolean {
  const [primary = '', ...rest] = lang.toLowerCase().split('-');
  if (rest.includes('arab')) return true;
  if (rest.some((s) => s.length === 4)) return false;
  return ARABIC_SCRIPT.has(primary);
}
