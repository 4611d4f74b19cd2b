// Build-time compression: every text file of the build gets a `.br` and a `.gz` beside it, so the server
// sends the smaller file chosen by Accept-Encoding and spends no CPU per request (server/http/static.ts).
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';
import { type ContentEncoding, PRECOMPRESSED } from '../../shared/http/precompressed.js';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Extensions worth compressing; images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/;


async function compressed(source: Buffer, encoding: ContentEncoding): Promise<Buffer> {
  if (encoding === 'gzip') return gzip(source, { level: zlib.constants.Z_BEST_COMPRESSION });
  return brotli(source, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  });
}

export function precompress(): Plugin {
  return {
    name: 'ootb:precompress',
    apply: 'build',
    enforce: 'post',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      const files = Object.keys(bundle).filter((file) => COMPRESSIBLE.test(file) && !file.startsWith('.vite/'));
      await Promise.all(
        files.map(async (file) => {
          const source = await fs.readFile(path.join(outDir, file));
          for (const { encoding, suffix } of PRECOMPRESSED) {
            const packed = await compressed(source, encoding);
            // A variant no smaller than the file itself would only cost the phone a decompression.
            if (packed.length < source.length) await fs.writeFile(path.join(outDir, file + suffix), packed);
          }
        }),
      );
    },
  };
}
