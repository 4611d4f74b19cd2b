// The phone's first load as one file: the entry and everything the participant screen imports statically
// (React, the store, the connection, the phone's screens). Brotli compresses one file several kB smaller than
// the ten rolldown would otherwise make (each file starts with an empty window), and a phone on a slow network
// makes three script requests (entry, this, rolldown's runtime) instead of ten. The other faces load this chunk too
// (they share React and the connection) and then their own; the phone never loads theirs (test/e2e/bundle.test.ts).
import path from 'node:path';

interface ModuleInfo {
  importedIds: readonly string[];
}
type NameContext = { getModuleInfo: (id: string) => ModuleInfo | null };

export const PHONE_CHUNK = 'phone';

/** A rolldown `codeSplitting` group `name`: 'phone' for every module the phone's first load imports statically. */
export function phoneChunk(clientDir: string): (id: string, ctx: NameContext) => string | null {
  const roots = ['main.tsx', 'screens/ParticipantScreen.tsx'].map((file) => path.join(clientDir, file));
  let closure: Set<string> | undefined;
  return (id, ctx) => {
    closure ??= staticClosure(roots, ctx);
    // The entry module stays the entry chunk: Vite's manifest, and with it the server's preload hints, name it.
    if (id === roots[0]) return null;
    return closure.has(id) ? PHONE_CHUNK : null;
  };
}

/** Dynamic imports (the other screens, the phone's questions and polls, English) stay out. */
function staticClosure(roots: string[], ctx: NameContext): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) visit(imported);
  };
  roots.forEach(visit);
  return seen;
}
