import { describe, expect, it } from 'vitest';
import { textDirection, usesArabicScript } from '../../../src/i18n/lang.ts';

describe('textDirection', () => {
  it('is rtl for Arabic, Persian, Hebrew and Urdu, with or without a region', () => {
    for (const tag of ['ar', 'ar-MA', 'fa', 'he', 'ur', 'AR']) expect(textDirection(tag), tag).toBe('rtl');
  });
  it('is ltr for other languages', () => {
    for (const tag of ['en', 'fr-MA', 'zgh', 'es']) expect(textDirection(tag), tag).toBe('ltr');
  });
  it('lets a script subtag decide', () => {
    expect(textDirection('az-Arab')).toBe('rtl');
    expect(textDirection('ar-Latn')).toBe('ltr');
  });
});

describe('usesArabicScript', () => {
  it('is true for languages written in Arabic letters, with or without a region', () => {
    for (const tag of ['ar', 'ar-MA', 'fa', 'ur', 'AR', 'az-Arab']) expect(usesArabicScript(tag), tag).toBe(true);
  });
  it('is false for other scripts, Hebrew included', () => {
    for (const tag of ['en', 'fr-MA', 'he', 'ar-Latn', 'zgh']) expect(usesArabicScript(tag), tag).toBe(false);
  });
});
