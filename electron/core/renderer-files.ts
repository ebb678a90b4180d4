/**
 * Which file of the built renderer answers a path: shared by the loopback host (browser mode) and
 * the desktop app's `ka-workbench://` scheme, so the two serve the same files and refuse the same
 * paths. Plain Node (no electron import).
 */
import fs from 'node:fs'
import path from 'node:path'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

/** The answer (503) when index.html is missing, for whoever serves the renderer. */
export const RENDERER_NOT_BUILT = 'The renderer is not built: run `npm run build` first.'

/** Vite's output names: `assets/<name>-<content hash>.js|css`. */
const HASHED_ASSET = /^assets\/[^/]+-[A-Za-z0-9_-]{8,}\.(js|css)$/

export interface RendererFile {
  /** Absolute path, always inside the renderer folder. */
  file: string
  /** The content-type header value. */
  type: string
  /** The name carries a content hash: the file behind this name never changes, so it may be cached for good. */
  isHashedAsset: boolean
}

function isFile(file: string): boolean {
  return fs.existsSync(file) && fs.statSync(file).isFile()
}

/**
 * The file for an already percent-decoded URL path. Anything that is not a file inside the folder
 * (an app route such as `/accounts`, a `..` that climbs out, a folder) gets index.html, so the
 * single-page app handles its own routes and no path reaches a file elsewhere. Null when index.html
 * itself is missing: the renderer has not been built.
 */
export function resolveRendererFile(rendererRoot: string, pathname: string): RendererFile | null {
  const root = path.resolve(rendererRoot)
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '')
  const requested = path.resolve(root, relative)
  const isInside = requested === root || requested.startsWith(root + path.sep)
  const file = isInside && isFile(requested) ? requested : path.join(root, 'index.html')
  if (!fs.existsSync(file)) return null
  return {
    file,
    type: MIME_TYPES[path.extname(file)] ?? 'application/octet-stream',
    isHashedAsset: HASHED_ASSET.test(path.relative(root, file).split(path.sep).join('/'))
  }
}
