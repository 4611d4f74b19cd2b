// The built client's files, each with the precompressed variants the build wrote beside it (client/build/precompress.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';
import Negotiator from 'negotiator';
import { type ContentEncoding, PRECOMPRESSED } from '../../shared/http/precompressed';

export interface BuildFile {
  absolute: string;
  encodings: ContentEncoding[];
}

/** URL path -> file, read once at start: the build does not change under a running server. */
export function scanBuild(distDir: string): Map<string, BuildFile> {
  const files = new Map<string, BuildFile>();
  const variantSuffixes = PRECOMPRESSED.map((v) => v.suffix);
  const walk = (dir: string, urlPath: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      // `.vite/manifest.json` is for the build test and the server, not for browsers.
      if (entry.name.startsWith('.')) continue;
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(absolute, `${urlPath}${entry.name}/`);
      else if (!variantSuffixes.some((suffix) => entry.name.endsWith(suffix))) {
        const encodings = PRECOMPRESSED.filter((v) => fs.existsSync(absolute + v.suffix)).map((v) => v.encoding);
        files.set(`${urlPath}${entry.name}`, { absolute, encodings });
      }
    }
  };
  walk(distDir, '/');
  return files;
}

/** The encoding the browser accepts best among `encodings` (none: send the file as it is); says the answer varies by it. */
export function negotiate(req: Request, res: Response, encodings: readonly ContentEncoding[]): ContentEncoding | undefined {
  if (encodings.length > 0) res.vary('Accept-Encoding');
  return preferredEncoding(req, encodings);
}

/**
 * Express's own negotiation (`req.acceptsEncodings` is this without `preferred`), with our order for equal weights:
 * browsers list gzip before br at the same weight, and brotli's files are the smaller.
 */
export function preferredEncoding(req: Pick<Request, 'headers'>, available: readonly ContentEncoding[]): ContentEncoding | undefined {
  return new Negotiator(req).encodings(available, { preferred: available })[0];
}

/**
 * Sends a build file, compressed as the browser prefers. Hashed files (`/assets/`) are cached for a year and
 * never revalidated (no Last-Modified); anything else (index.html) is revalidated on every load.
 */
export function sendBuildFile(req: Request, res: Response, file: BuildFile, isHashed: boolean): void {
  const encoding = negotiate(req, res, file.encodings);
  const suffix = PRECOMPRESSED.find((v) => v.encoding === encoding)?.suffix ?? '';
  res.type(path.extname(file.absolute));
  if (!isHashed) res.set('Cache-Control', 'no-cache');
  res.sendFile(file.absolute + suffix, {
    headers: encoding ? { 'Content-Encoding': encoding } : {},
    cacheControl: isHashed,
    maxAge: '1y',
    immutable: isHashed,
    // Express sets the ETag from its own setting; Last-Modified at least is left out.
    lastModified: !isHashed,
  });
}
