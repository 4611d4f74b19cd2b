import { type FormEvent, useEffect, useState } from 'react';
import { useT } from './strings';
import { type CreatedSession, jsonBody, requestJson } from '../../net/http';
import { CreateError } from './CreateError';
import { useCreateSession } from './useCreateSession';

interface TemplateSummary {
  key: string;
  title: string;
  items: number;
  start: string | null;
  end: string | null;
}

export function TemplateForm({ date }: { date: string }) {
  const t = useT();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [chosen, setChosen] = useState('out-of-the-box');
  const { working, failure, run } = useCreateSession();

  useEffect(() => {
    void requestJson<{ templates: TemplateSummary[] }>('/api/templates').then((answer) => {
      if (answer.ok) setTemplates(answer.data.templates);
    });
  }, []);

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(() => requestJson<CreatedSession>('/api/sessions', jsonBody({ template: chosen, date })));
  };

  return (
    <form onSubmit={create}>
      <fieldset>
        <legend>{t('newWorkshop.template')}</legend>
        {templates.map((template) => (
          <label key={template.key} className="choice">
            <input type="radio" name="template" value={template.key} checked={chosen === template.key} onChange={() => setChosen(template.key)} />
            <span>
              {template.title}{' '}
              <span className="muted">({t(template.items === 1 ? 'newWorkshop.oneItem' : 'newWorkshop.items', { count: template.items, start: template.start ?? '', end: template.end ?? '' })})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={working || !date} data-testid="create-from-template">
        {working ? t('newWorkshop.working') : t('newWorkshop.fromTemplate')}
      </button>
      <CreateError failure={failure} />
    </form>
  );
}
