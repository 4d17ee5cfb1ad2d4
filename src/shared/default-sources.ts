import type { Source } from './settings.ts';

function outlet(
  id: string,
  name: string,
  domains: string[],
  feeds: string[] = [],
  factChecker = false,
): Source {
  return {
    id,
    name,
    domains,
    enabled: true,
    trust: 'neutral',
    factChecker,
    // Feeds start off: reading one needs the reader's permission for its site.
    feeds: feeds.map((url) => ({ url, enabled: false })),
  };
}

/** Well-known international outlets and fact-checkers the options page starts with. */
export const defaultSources: Source[] = [
  outlet('reuters', 'Reuters', ['reuters.com']),
  outlet('ap', 'Associated Press', ['apnews.com']),
  outlet('afp', 'AFP', ['afp.com']),
  outlet('bbc', 'BBC News', ['bbc.co.uk', 'bbc.com'], ['https://feeds.bbci.co.uk/news/world/rss.xml']),
  outlet('guardian', 'The Guardian', ['theguardian.com'], ['https://www.theguardian.com/world/rss']),
  outlet(
    'nyt',
    'The New York Times',
    ['nytimes.com'],
    ['https://rss.nytimes.com/services/xml/rss/nyt/World.xml'],
  ),
  outlet('wapo', 'The Washington Post', ['washingtonpost.com']),
  outlet('aljazeera', 'Al Jazeera', ['aljazeera.com'], ['https://www.aljazeera.com/xml/rss/all.xml']),
  outlet('dw', 'Deutsche Welle', ['dw.com'], ['https://rss.dw.com/rdf/rss-en-all']),
  outlet('france24', 'France 24', ['france24.com'], ['https://www.france24.com/en/rss']),
  outlet('npr', 'NPR', ['npr.org'], ['https://feeds.npr.org/1001/rss.xml']),
  outlet('sky', 'Sky News', ['news.sky.com'], ['https://feeds.skynews.com/feeds/rss/world.xml']),
  outlet('cnn', 'CNN', ['cnn.com']),
  outlet('kyiv-independent', 'The Kyiv Independent', ['kyivindependent.com']),
  outlet('tass', 'TASS', ['tass.com']),
  outlet('politifact', 'PolitiFact', ['politifact.com'], [], true),
  outlet('snopes', 'Snopes', ['snopes.com'], [], true),
  outlet('factcheck-org', 'FactCheck.org', ['factcheck.org'], [], true),
  outlet('fullfact', 'Full Fact', ['fullfact.org'], [], true),
  outlet('afp-factcheck', 'AFP Fact Check', ['factcheck.afp.com'], [], true),
];
