/**
 * `npm run dev`: the site under `next dev` for editors previewing an edition.
 * Next reloads the page when code changes, but content/ is not code, so this
 * wrapper watches content/ itself: on every save it checks the content (the
 * same messages as `npm run check`, in this terminal) and tells open pages to
 * reload over a small event stream. The pages listen only in development
 * (see app/layout.tsx); nothing of this reaches the built site. The same
 * small server hands content/media/ to the print check beside an imported
 * article (components/PrintCheck.tsx).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { loadContent } from '../lib/photos';
import { formatIssue } from '../lib/content';

const PORT = Number(process.env.PORT ?? 3000);
const RELOAD_PORT = Number(process.env.DEV_RELOAD_PORT ?? 35729);
const CONTENT = process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');

const MEDIA_TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };

/**
 * content/media/ as it is on disk, for the print check beside an imported
 * article (components/PrintCheck.tsx): the page images are not encoded for
 * the site in a preview, and an editor's fix to a file shows at once.
 */
function serveMedia(url: string, res: http.ServerResponse): void {
  const media = path.join(CONTENT, 'media');
  const file = path.resolve(media, decodeURIComponent(url.slice('/media/'.length).split('?')[0]));
  const type = MEDIA_TYPES[path.extname(file).toLowerCase()];
  if (!file.startsWith(media + path.sep) || !type || !fs.existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', 'access-control-allow-origin': '*' });
  fs.createReadStream(file).pipe(res);
}

const clients = new Set<http.ServerResponse>();
const events = http.createServer((req, res) => {
  if (req.url?.startsWith('/media/')) {
    serveMedia(req.url, res);
    return;
  }
  if (req.url !== '/events') {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
  res.write('retry: 1000\n\n');
  clients.add(res);
  req.on('close', () => clients.delete(res));
});
events.listen(RELOAD_PORT, '127.0.0.1');

async function check(): Promise<void> {
  const r = await loadContent(CONTENT);
  const errors = r.issues.filter((i) => i.severity === 'error');
  const when = new Date().toLocaleTimeString('zh-CN', { hour12: false });
  if (r.content) console.log(`[${when}] content checked: ${r.content.editions.length} editions, ${r.content.articles.length} articles${r.issues.length ? `, ${r.issues.length} warning(s)` : ''}`);
  else console.log(`[${when}] content has ${errors.length} error(s); the page shows them too:\n${errors.map(formatIssue).join('\n')}`);
}

let timer: NodeJS.Timeout | undefined;
fs.watch(CONTENT, { recursive: true }, (_event, file) => {
  if (!file || !/\.(md|ya?ml)$/.test(String(file))) return;
  // An editor's save is often several writes; react once.
  clearTimeout(timer);
  timer = setTimeout(() => {
    void check();
    for (const c of clients) c.write('data: reload\n\n');
  }, 150);
});

const next = spawn('npx', ['next', 'dev', '-p', String(PORT)], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHENBAO_DEV_RELOAD: `http://127.0.0.1:${RELOAD_PORT}/events`, CHENBAO_DEV_MEDIA: `http://127.0.0.1:${RELOAD_PORT}/media` } });
const stop = () => {
  next.kill('SIGTERM');
  events.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
next.on('exit', (code) => process.exit(code ?? 0));
void check();
console.log(`preview: http://localhost:${PORT}/ — pages reload when a file in ${path.relative(process.cwd(), CONTENT) || CONTENT} is saved`);
