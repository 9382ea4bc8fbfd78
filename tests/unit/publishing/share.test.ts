import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../../src/publishing/share.ts';

describe('shareLinks', () => {
  const links = shareLinks({ url: 'https://atlascourier.example/articles/a-b/', title: 'Rates & "bonds" fall' });
  const byId = Object.fromEntries(links.map((l) => [l.id, new URL(l.href)]));

  it('offers Facebook, X, WhatsApp and email as plain links', () => {
    expect(links.map((l) => l.label)).toEqual(['Facebook', 'X', 'WhatsApp', 'Email']);
  });

  it('puts the page URL and title in each network’s documented parameters, encoded', () => {
    expect(byId['facebook']!.searchParams.get('u')).toBe('https://atlascourier.example/articles/a-b/');
    expect(byId['x']!.searchParams.get('url')).toBe('https://atlascourier.example/articles/a-b/');
    expect(byId['x']!.searchParams.get('text')).toBe('Rates & "bonds" fall');
    expect(byId['whatsapp']!.searchParams.get('text')).toBe('Rates & "bonds" fall https://atlascourier.example/articles/a-b/');
    expect(byId['email']!.protocol).toBe('mailto:');
    expect(byId['email']!.searchParams.get('subject')).toBe('Rates & "bonds" fall');
  });
});
