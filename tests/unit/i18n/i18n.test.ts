import { describe, expect, it } from 'vitest';
import { hasUiStrings, languageName, sectionName, uiStrings } from '../../../src/i18n/i18n.ts';

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

describe('comment counts', () => {
  it('print the count inside each language\'s own label', () => {
    expect(uiStrings('en').comments(3)).toBe('Comments (3)');
    expect(uiStrings('fr-FR').comments(0)).toBe('Commentaires (0)');
    expect(uiStrings('ar').comments(12)).toBe('التعليقات (12)');
  });
});

describe('hasUiStrings', () => {
  it('knows the languages with their own labels, by primary language and in any case', () => {
    expect(hasUiStrings('fr')).toBe(true);
    expect(hasUiStrings('ar-MA')).toBe(true);
    expect(hasUiStrings('EN-gb')).toBe(true);
  });
  it('says no for a language whose labels fall back to English', () => {
    expect(hasUiStrings('de')).toBe(false);
    expect(hasUiStrings('tr-TR')).toBe(false);
    expect(hasUiStrings('')).toBe(false);
  });
});

describe('languageName', () => {
  // The names are CLDR's autonyms (each language's name for itself), capitalised as a label.
  it('names a language in that language, capitalised, whatever the region', () => {
    expect(languageName('ar')).toBe('العربية');
    expect(languageName('ar-MA')).toBe('العربية');
    expect(languageName('fr')).toBe('Français');
    expect(languageName('fr-CA')).toBe('Français');
    expect(languageName('en')).toBe('English');
    expect(languageName('tr')).toBe('Türkçe');
  });
  it('gives back a tag it cannot name as written, instead of failing the page', () => {
    expect(languageName('!!')).toBe('!!');
    expect(languageName('x')).toBe('x');
  });
});
