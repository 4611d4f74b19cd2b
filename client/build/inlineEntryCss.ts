// The entry's stylesheet (a few kB compressed) goes into index.html itself: the first paint then waits for
// the HTML alone, not for a second round trip on a slow venue network.
import type { Plugin } from 'vite';

export function inlineEntryCss(): Plugin {
  return {
    name: 'ootb:inline-entry-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') return;
      html.source = html.source.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
        const css = bundle[file];
        if (css?.type !== 'asset') return link;
        // The stylesheet stays in the build too: the manifest and lazy chunks may name it.
        return `<style>${String(css.source).replace(/<\/style/gi, '<\\/style')}</style>`;
      });
    },
  };
}
