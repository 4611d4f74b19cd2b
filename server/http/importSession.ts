// New workshops from a JSON export (programme only, or programme and ideas) and the built-in templates.
import express, { Router } from 'express';
import { nanoid } from 'nanoid';
import { z } from 'zod';
import { fail } from '../../shared/errors';
import { consistencyProblems } from '../../shared/export/consistency';
import { createdFromDocument, importModes } from '../../shared/export/importDocument';
import { parseDocument, READABLE_VERSIONS } from '../../shared/export/sessionDocument';
import { IMPORT_MAX_BYTES } from '../../shared/limits';
import { titleSchema } from '../../shared/schemas';
import { templates } from '../../shared/templates/outOfTheBox';
import { type NewSessionDeps, startSession } from './newSession';


const importQuery = z.object({
  mode: z.enum(importModes).default('full'),
  date: z.iso.date().optional(),
  title: titleSchema.optional(),
});

export const IMPORT_PATH = '/api/sessions/import';

/** The app's 64 KB JSON parser skips IMPORT_PATH: this route alone reads big bodies (IMPORT_MAX_BYTES). */
export function importRoutes(deps: NewSessionDeps): Router {
  const router = Router();

  router.post(IMPORT_PATH, express.json({ limit: IMPORT_MAX_BYTES }), async (req, res) => {
    const query = importQuery.parse(req.query);
    const body: unknown = req.body;
    if (!req.is('application/json') || typeof body !== 'object' || body === null) {
      fail('invalid_payload', 'Send the JSON export as the body, with Content-Type: application/json');
    }
    const version = (body as { schemaVersion?: unknown }).schemaVersion;
    if (!(READABLE_VERSIONS as readonly unknown[]).includes(version)) {
      fail('invalid_payload', `Unsupported schemaVersion ${JSON.stringify(version) ?? 'missing'}: this server reads ${READABLE_VERSIONS.join(' and ')}`);
    }
    const doc = parseDocument(body);
    const problems = consistencyProblems(doc);
    if (problems.length) fail('invalid_payload', `Inconsistent export: ${problems.slice(0, 3).join('; ')}`);
    const answer = await startSession(deps, req, ({ sessionId, joinCode }) =>
      createdFromDocument(doc, { mode: query.mode, sessionId, joinCode, date: query.date, title: query.title, newId: nanoid }),
    );
    res.status(201).json(answer);
  });

  router.get('/api/templates', (_req, res) => {
    res.json({
      templates: Object.values(templates).map((t) => ({
        key: t.key,
        title: t.title,
        items: t.agenda.length,
        start: t.agenda[0]?.start ?? null,
        end: t.agenda.at(-1)?.end ?? null,
      })),
    });
  });

  return router;
}
