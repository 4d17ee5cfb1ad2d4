import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const siteRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), 'site');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** One request the fixture server answered, for tests that check what the extension fetched. */
export interface LoggedRequest {
  host: string;
  path: string;
  status: number;
  headers: IncomingHttpHeaders;
}

/** The local news site: every `NAME.test` host serves `e2e/site/NAME/`; 127.0.0.1 serves `/NAME/...`. */
export interface FixtureServer {
  port: number;
  /** URL of a page of one fixture site, e.g. `url('ledger', '/kremlin-call.html')`. */
  url(site: string, path?: string): string;
  /** Every request answered so far. */
  requests: LoggedRequest[];
  close(): Promise<void>;
}

function locate(host: string, path: string): { site: string; file: string } | null {
  const name = host.split(':')[0] ?? '';
  let site: string;
  let rest = path;
  if (name.endsWith('.test')) site = name.slice(0, -'.test'.length);
  else {
    const [, first = '', ...more] = path.split('/');
    site = first;
    rest = `/${more.join('/')}`;
  }
  if (!/^[a-z0-9-]+$/.test(site)) return null;
  const relative = normalize(decodeURIComponent(rest.endsWith('/') ? `${rest}index.html` : rest));
  const file = join(siteRoot, site, relative);
  return file.startsWith(join(siteRoot, site) + sep) ? { site, file } : null;
}

/** Starts the fixture server on 127.0.0.1 with a random port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: LoggedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const host = req.headers.host ?? '';
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const respond = (status: number, headers: Record<string, string> = {}, body?: Buffer | string) => {
      requests.push({ host, path, status, headers: req.headers });
      res.writeHead(status, headers);
      res.end(body);
    };
    const found = locate(host, path);
    if (!found) return respond(404, { 'content-type': 'text/plain' }, 'not found');
    try {
      const info = await stat(found.file);
      const body = await readFile(found.file);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      const lastModified = info.mtime.toUTCString();
      if (req.headers['if-none-match'] === etag) return respond(304, { etag, 'last-modified': lastModified });
      respond(
        200,
        {
          'content-type': types[extname(found.file)] ?? 'application/octet-stream',
          etag,
          'last-modified': lastModified,
          'cache-control': 'no-cache',
        },
        body,
      );
    } catch {
      respond(404, { 'content-type': 'text/plain' }, 'not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: (site, path = '/') => `http://${site}.test:${port}${path}`,
    requests,
    // A browser still open (a worker's shared one closes in its own teardown) keeps connections alive: end them, so
    // closing never waits on whichever fixture happens to be torn down last.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
