// engine.io-client lists WebTransport among its default transports, so its code (~0.5 kB brotli) is in every
// phone's first load although our server never offers it (Socket.IO's server enables it only on request). This
// gives engine.io-client a transport list without it: WebSocket and HTTP long-polling, the browser builds.
import path from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL = '\0ootb:engine-transports';

export function withoutWebTransport(): Plugin {
  let transportsDir = '';
  return {
    name: 'ootb:without-webtransport',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './transports/index.js' || !importer || !/[\\/]engine\.io-client[\\/]build[\\/]esm[\\/]/.test(importer)) return null;
      transportsDir = path.join(path.dirname(importer), 'transports');
      return VIRTUAL;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      const file = (name: string) => JSON.stringify(path.join(transportsDir, name));
      return `import { XHR } from ${file('polling-xhr.js')};\nimport { WS } from ${file('websocket.js')};\nexport const transports = { websocket: WS, polling: XHR };\n`;
    },
  };
}
