// New workshops from a JSON export (programme only, or programme and ideas) and the built-in templates.
import express, { Router } from 'express';
import { nanoid } from 'nanoid';
import { fail } from '../../shared/errors';
import { consistencyProblems } from '../../shared/export/consistency';
import { createdFromDocument } from '../../shared/export/importDocument';
import { importEndpoints } from '../../shared/http/routes/imports';
import { importQuerySchema, type TemplateList } from '../../shared/http/imports';
import type { CreatedSession } from '../../shared/http/sessions';
import { parseDocument, READABLE_VERSIONS } from '../../shared/export/sessionDocument';
import { IMPORT_MAX_BYTES } from '../../shared/limits';
import { templates } from '../../shared/templates/outOfTheBox';
import { type NewSessionDeps, startSession } from './newSession';

export const IMPORT_PATH = importEndpoints.import;

/** The app's 64 KB JSON parser skips IMPORT_PATH: this route alone reads big bodies (IMPORT_MAX_BYTES). */
export function importRoutes(deps: NewSessionDeps): Router {
  const router = Router();

  router.post(IMPORT_PATH, express.json({ limit: IMPORT_MAX_BYTES }), async (req, res) => {
    const query = importQuerySchema.parse(req.query);
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
    res.status(201).json(answer satisfies CreatedSession);
  });

  router.get(importEndpoints.templates, (_req, res) => {
    const templateList: TemplateList = {
      templates: Object.values(templates).map((t) => ({
        key: t.key,
        title: t.title,
        items: t.agenda.length,
        start: t.agenda[0]?.start ?? null,
        end: t.agenda.at(-1)?.end ?? null,
      })),
    };
    res.json(templateList);
  });

  return router;
}
