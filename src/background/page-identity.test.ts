import { describe, expect, it } from 'vitest';
import type { Runtime } from '../shared/browser.ts';
import type { PageMetadata } from '../shared/page-scan.ts';
import { defaultSettings } from '../shared/settings.ts';
import { acceptedCanonical, senderPageUrl, trustedPage } from './page-identity.ts';

const sender = (url: string): Runtime.MessageSender => ({ id: 'x', url, tab: { id: 3 } as never });
const claimed: PageMetadata = {
  url: 'https://www.reuters.com/world/call',
  canonicalUrl: 'https://www.reuters.com/world/call',
  outlet: 'Reuters',
  domain: 'reuters.com',
  headline: 'Two accounts of one call',
  authors: [],
};

describe('page identity', () => {
  it('takes the address from the sender and a canonical only on its own site', () => {
    expect(senderPageUrl(sender('https://hostile.test/a'))).toBe('https://hostile.test/a');
    expect(() => senderPageUrl(sender('chrome-extension://id/popup.html'))).toThrow(/web page/);
    expect(acceptedCanonical('https://amp.ledger.test/a', 'https://www.ledger.test/a')).toBe(
      'https://www.ledger.test/a',
    );
    expect(acceptedCanonical('https://hostile.test/a', 'https://ledger.test/a')).toBe(
      'https://hostile.test/a',
    );
  });

  it('files a page that claims another outlet under its own host', () => {
    const page = trustedPage(defaultSettings, sender('https://hostile.test/fake'), claimed);
    expect(page).toMatchObject({
      url: 'https://hostile.test/fake',
      canonicalUrl: 'https://hostile.test/fake',
      domain: 'hostile.test',
      outlet: 'hostile.test',
      headline: 'Two accounts of one call',
    });
  });

  it('names a listed outlet by its sources entry, and an unlisted one by its own name', () => {
    expect(trustedPage(defaultSettings, sender('https://www.reuters.com/x'), claimed).outlet).toBe('Reuters');
    const own = { ...claimed, outlet: 'The Ledger' };
    expect(trustedPage(defaultSettings, sender('https://ledger.test/x'), own).outlet).toBe('The Ledger');
  });
});
