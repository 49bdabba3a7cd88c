import fs from 'node:fs'
import path from 'node:path'
import type { ServerResponse } from 'node:http'
import { contentSecurityPolicy } from '../contract/content-security-policy'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
}

/**
 * Serves the built renderer; unknown paths get index.html so reloads on a route work. `page`
 * rewrites index.html as it goes out (the first screen, written in by the host).
 */
export function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
  page?: (html: string) => string,
): void {
  const resolvedRoot = path.resolve(root)
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    // "/%", "/%zz", "/assets/%ff": a malformed escape once ended the whole process here.
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request: malformed address.')
    return
  }
  if (decoded.includes('\0')) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request: malformed address.')
    return
  }
  let file = path.resolve(resolvedRoot, '.' + decoded)
  if (!file.startsWith(resolvedRoot + path.sep) && file !== resolvedRoot) {
    res.writeHead(403).end('Forbidden')
    return
  }
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    file = path.join(resolvedRoot, 'index.html')
  }
  if (!fs.existsSync(file)) {
    res
      .writeHead(500, { 'content-type': 'text/plain' })
      .end('The app is not built: run npm run build.')
    return
  }
  const ext = path.extname(file)
  res.writeHead(200, {
    'content-type': types[ext] ?? 'application/octet-stream',
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': ext === '.html' ? 'no-store' : 'public, max-age=31536000, immutable',
  })
  // The built files are small: one read and one write each. Streamed in 64 kB parts, a file
  // took a turn of the event loop per part, each behind the start's background parse.
  let body: Buffer
  try {
    body = fs.readFileSync(file)
  } catch {
    res.destroy()
    return
  }
  if (page && ext === '.html') body = Buffer.from(page(body.toString('utf8')))
  res.end(body)
}
