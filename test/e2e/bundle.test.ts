import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The server validates every input; the client must not pay ~24 KB gzipped for zod by importing a schema module.
describe('the built client', () => {
  it('contains no zod', () => {
    const assets = path.resolve('dist/assets');
    const withZod = fs
      .readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => fs.readFileSync(path.join(assets, f), 'utf8').includes('ZodError'));
    expect(withZod).toEqual([]);
  });
});
