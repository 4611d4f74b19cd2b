import { type FormEvent, useState } from 'react';
import type { ImportMode } from '../../../shared/export/importDocument';
import { IMPORT_MAX_BYTES } from '../../../shared/limits';
import { useT } from './strings';
import { newWorkshopHttp } from './newWorkshopHttp';
import { CreateError } from './CreateError';
import { useCreateSession } from './useCreateSession';


export function ImportForm({ date }: { date: string }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('programme');
  const { working, failure, run } = useCreateSession();

  const upload = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    void run(async () => {
      // Larger files are refused by the server anyway; saying so here saves the upload.
      if (file.size > IMPORT_MAX_BYTES) return { code: 'too_large', detail: '' };
      const text = await file.text();
      try {
        JSON.parse(text);
      } catch {
        return { code: 'not_json', detail: '' };
      }
      // The programme alone moves to the chosen day; a full copy keeps the day it ran.
      const answer = await newWorkshopHttp.import(text, { mode, ...(mode === 'programme' ? { date } : {}) });
      // The file is what was invalid: say so about the file, not about "what was typed".
      return !answer.ok && answer.code === 'invalid_payload' ? { code: 'not_an_export', detail: answer.message } : answer;
    });
  };

  return (
    <form onSubmit={upload}>
      <label htmlFor="import-file">{t('newWorkshop.file')}</label>
      <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <fieldset>
        <legend>{t('newWorkshop.mode')}</legend>
        {(['programme', 'full'] as const).map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="import-mode" value={option} checked={mode === option} onChange={() => setMode(option)} />
            {t(option === 'programme' ? 'newWorkshop.modeProgramme' : 'newWorkshop.modeFull')}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={working || !file} data-testid="import-workshop">
        {working ? t('newWorkshop.working') : t('newWorkshop.import')}
      </button>
      <CreateError failure={failure} />
    </form>
  );
}
