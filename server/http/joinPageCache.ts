// The rendered join pages: each page is compressed once per encoding, when a phone first asks for that encoding,
// and kept while it is asked for. The least recently asked-for pages leave first once the pages together pass a
// byte budget, so a server with more workshops than fit costs memory up to the budget and compression beyond it.
import zlib from 'node:zlib';
import type { ContentEncoding } from '../../shared/http/precompressed';
import { JOIN_PAGE_BUDGET_BYTES } from '../tuning';

export type Compressors = Record<ContentEncoding, (html: Buffer) => Buffer>;

export const compressors: Compressors = {
  br: (html) => zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: html.length } }),
  gzip: (html) => zlib.gzipSync(html, { level: 9 }),
};


interface CachedPage {
  html: Buffer;
  encoded: Partial<Record<ContentEncoding, Buffer>>;
  bytes: number;
}

export interface JoinPageCacheStats {
  pages: number;
  bytes: number;
  /** Pages compressed since the start: each page and encoding once while it stays cached. */
  compressions: number;
}

export class JoinPageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  private compressions = 0;

  constructor(
    private readonly budgetBytes = JOIN_PAGE_BUDGET_BYTES,
    private readonly compress: Compressors = compressors,
  ) {}

  /** The page under `key` in `encoding` (undefined: as it is), rendered and compressed only when not kept yet. */
  page(key: string, render: () => string, encoding: ContentEncoding | undefined): Buffer {
    const page = this.pages.get(key) ?? this.added(key, Buffer.from(render()));
    // Asked for now: the most recently used, last in the map's order.
    this.pages.delete(key);
    this.pages.set(key, page);
    if (!encoding) return page.html;
    let encoded = page.encoded[encoding];
    if (!encoded) {
      encoded = page.encoded[encoding] = this.compress[encoding](page.html);
      this.compressions += 1;
      this.grow(page, encoded.length);
    }
    return encoded;
  }

  stats(): JoinPageCacheStats {
    return { pages: this.pages.size, bytes: this.bytes, compressions: this.compressions };
  }

  private added(key: string, html: Buffer): CachedPage {
    const page: CachedPage = { html, encoded: {}, bytes: 0 };
    this.pages.set(key, page);
    this.grow(page, html.length);
    return page;
  }

  private grow(page: CachedPage, bytes: number): void {
    page.bytes += bytes;
    this.bytes += bytes;
    // The least recently asked-for go first; the page being served stays (it is last) even alone over the budget.
    for (const [key, oldest] of this.pages) {
      if (this.bytes <= this.budgetBytes || oldest === page) break;
      this.pages.delete(key);
      this.bytes -= oldest.bytes;
    }
  }
}
