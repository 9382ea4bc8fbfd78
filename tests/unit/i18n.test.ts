import { describe, expect, it } from 'vitest';
import { sectionName, uiStrings } from '../../src/lib/i18n.ts';

const culture = { name: 'Culture', names: { ar: 'ثقافة', 'fr-ma': 'Culture (Maroc)' } };

describe('sectionName', () => {
  it('gives the name in the language asked for, by full tag first, then by primary language', () => {
    expect(sectionName(culture, 'ar', 'en')).toEqual({ name: 'ثقافة', lang: 'ar' });
    expect(sectionName(culture, 'ar-MA', 'en')).toEqual({ name: 'ثقافة', lang: 'ar-MA' });
    expect(sectionName(culture, 'fr-MA', 'en')).toEqual({ name: 'Culture (Maroc)', lang: 'fr-MA' });
  });
  it("falls back to the site's name, saying it is in the site's language", () => {
    expect(sectionName(culture, 'fr', 'en')).toEqual({ name: 'Culture', lang: 'en' });
    expect(sectionName({ name: 'Sports', names: {} }, 'ar', 'en')).toEqual({ name: 'Sports', lang: 'en' });
  });
});

describe('uiStrings', () => {
  it('has Arabic and French labels and falls back to English', () => {
    expect(uiStrings('ar-MA').by).toBe('بقلم');
    expect(uiStrings('fr').published).toBe('Publié le');
    expect(uiStrings('de').published).toBe('Published');
  });
});
