// Slugs for new articles: lowercase ASCII letters, digits and single hyphens, readable in a URL.
// Latin accents are dropped (é → e); Arabic and Tifinagh letters are transliterated to Latin
// letters (a simple one-letter-per-letter scheme: short vowels are not written in Arabic, so
// "المغرب" gives "almghrb" — readable, if not pretty); anything else is left out.

const LATIN: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h' };

// Short-vowel marks, used when a headline is vocalised (they survive NFKD as combining marks).
const ARABIC_MARKS: Record<string, string> = { '\u064B': 'an', '\u064C': 'un', '\u064D': 'in', '\u064E': 'a', '\u064F': 'u', '\u0650': 'i' };

const ARABIC: Record<string, string> = {
  ا: 'a', ٱ: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: 'a', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l',
  م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y', ى: 'a', ة: 'a', ء: '', پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g',
  ک: 'k', ی: 'y', ـ: '',
};

// Tifinagh as written for Amazigh in Morocco (IRCAM), so Amazigh headlines get readable slugs too.
const TIFINAGH: Record<string, string> = {
  ⴰ: 'a', ⴱ: 'b', ⴳ: 'g', ⴷ: 'd', ⴹ: 'd', ⴻ: 'e', ⴼ: 'f', ⴽ: 'k', ⵀ: 'h', ⵃ: 'h', ⵄ: 'a', ⵅ: 'kh', ⵇ: 'q',
  ⵉ: 'i', ⵊ: 'j', ⵍ: 'l', ⵎ: 'm', ⵏ: 'n', ⵓ: 'u', ⵔ: 'r', ⵕ: 'r', ⵖ: 'gh', ⵙ: 's', ⵚ: 's', ⵛ: 'ch',
  ⵜ: 't', ⵟ: 't', ⵡ: 'w', ⵢ: 'y', ⵣ: 'z', ⵥ: 'z', ⵯ: 'w',
};

/** Turns one character that is not plain ASCII into ASCII letters or digits ('' when unknown). */
function transliterate(ch: string): string {
  const code = ch.codePointAt(0)!;
  // Arabic-Indic and Persian digits.
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return LATIN[ch] ?? ARABIC[ch] ?? TIFINAGH[ch] ?? ARABIC_MARKS[ch] ?? '';
}

/**
 * A URL slug for a headline: lowercase ASCII letters, digits and single hyphens, cut at a word
 * boundary to at most `maxLength` characters. Returns '' when nothing in the text can be
 * written in ASCII (the caller picks a fallback).
 */
export function slugify(text: string, maxLength = 80): string {
  const ascii = [
    ...text
      // Decompose so accents and Arabic hamza/madda become separate marks we can drop.
      .normalize('NFKD')
      .toLowerCase()
      // French elision (l'été, d'Agadir) keeps a word break; other apostrophes join (Morocco's).
      .replace(/(^|[^\p{L}])(l|d|j|m|n|s|t|c|qu)['’ʼ](?=\p{L})/gu, '$1$2 ')
      .replace(/['’ʼ`]/g, '')
      .replace(/&/g, ' and '),
  ]
    .map((ch) => (/[a-z0-9]/.test(ch) ? ch : /\p{M}/u.test(ch) && !ARABIC_MARKS[ch] ? '' : /[\s\p{P}\p{S}]/u.test(ch) ? '-' : transliterate(ch) || '-'))
    .join('');
  const slug = ascii.replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-$/, '');
}

/** `slug` if no article uses it yet, otherwise the first free `slug-2`, `slug-3`, … */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
