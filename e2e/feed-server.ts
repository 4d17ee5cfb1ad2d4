import { createServer, type Server } from 'node:http';

/** What the generated feed server serves: `feeds` feeds of `items` article pages each, and one huge feed. */
export interface FeedServerOptions {
  feeds: number;
  items: number;
  /** Items of `big.test/feed.xml`, each with its text in the feed (content:encoded). */
  bigItems?: number;
}

/** A local server of generated feeds: `http://gen-N.test:PORT/feed.xml` and their pages, `big.test`. */
export interface FeedServer {
  port: number;
  feedUrl(n: number): string;
  bigFeedUrl(): string;
  /** Requests answered, by status. */
  counts: Record<number, number>;
  close(): Promise<void>;
}

const people = ['Maria Lopez', 'Ahmed Karimi', 'Jonas Berg', 'Chen Wei', 'Ruth Okafor', 'Luca Moretti'];

function article(feed: number, item: number): string {
  const a = people[(feed + item) % people.length];
  const b = people[(feed + item + 3) % people.length];
  const paragraphs = [
    `The council of district ${feed} met on Tuesday to discuss plan ${item} for the harbour road.`,
    `“The harbour road will reopen in ${item + 2} weeks, and the budget is fixed,” ${a} said at the meeting.`,
    `${b}, who leads the opposition, said the road would not reopen before the winter and that costs had doubled.`,
    `“We have seen no figures for plan ${item} at all,” ${b} told reporters after the vote.`,
    ...Array.from(
      { length: 12 },
      (_, i) =>
        `Background paragraph ${i} on district ${feed}: residents, shops and buses use the road every day, and traffic has grown by ${i + 3} per cent.`,
    ),
  ];
  const title = `District ${feed} council debates plan ${item}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Generated ${feed}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-05-${10 + (item % 18)}T10:00:00Z","author":{"@type":"Person","name":"Staff"},"publisher":{"@type":"Organization","name":"Generated ${feed}"}}</script>
</head><body><header><nav><a href="/">Home</a></nav></header><article><h1>${title}</h1><p class="byline">By Staff</p>
<time datetime="2025-05-10">10 May 2025</time>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Generated ${feed}</footer></body></html>`;
}

function rss(feed: number, items: number): string {
  const entries = Array.from(
    { length: items },
    (_, i) =>
      `<item><title>District ${feed} plan ${i}</title><link>a/${i}.html</link><guid>gen-${feed}-${i}</guid></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Generated ${feed}</title><link>./</link>${entries.join('')}</channel></rss>`;
}

function bigRss(items: number): string {
  const entries = Array.from(
    { length: items },
    (_, i) =>
      `<item><title>Item ${i}</title><link>articles/${i}.html</link><guid>big-${i}</guid><content:encoded><![CDATA[<p>“Pier ${i} will open in May,” the harbour master said.</p>]]></content:encoded></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Big</title><link>./</link>${entries.join('')}</channel></rss>`;
}

/** Starts the generated feed server on 127.0.0.1 with a random port (Chromium maps every `*.test` host there). */
export async function startFeedServer(options: FeedServerOptions): Promise<FeedServer> {
  const counts: Record<number, number> = {};
  const big = options.bigItems ? bigRss(options.bigItems) : '';
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, type: string, body: string, etag?: string) => {
      counts[status] = (counts[status] ?? 0) + 1;
      res.writeHead(status, { 'content-type': type, ...(etag ? { etag } : {}) });
      res.end(status === 304 ? undefined : body);
    };
    const gen = /^gen-(\d+)\.test$/.exec(host);
    const page = /^\/a\/(\d+)\.html$/.exec(path);
    if (host === 'big.test' && path === '/feed.xml') {
      const etag = '"big"';
      return send(req.headers['if-none-match'] === etag ? 304 : 200, 'application/rss+xml', big, etag);
    }
    if (gen && path === '/feed.xml') {
      const etag = `"gen-${gen[1]}"`;
      if (req.headers['if-none-match'] === etag) return send(304, 'application/rss+xml', '', etag);
      return send(200, 'application/rss+xml; charset=utf-8', rss(Number(gen[1]), options.items), etag);
    }
    if (gen && page) return send(200, 'text/html; charset=utf-8', article(Number(gen[1]), Number(page[1])));
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    feedUrl: (n) => `http://gen-${n}.test:${port}/feed.xml`,
    bigFeedUrl: () => `http://big.test:${port}/feed.xml`,
    counts,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
