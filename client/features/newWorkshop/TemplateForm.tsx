import { type FormEvent, useEffect, useState } from 'react';
import { useT } from './strings';
import type { TemplateSummary } from '../../../shared/http/imports';
import { newWorkshopHttp } from './newWorkshopHttp';
import { CreateError } from './CreateError';
import { useCreateSession } from './useCreateSession';

export function TemplateForm({ date }: { date: string }) {
  const t = useT();
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [chosen, setChosen] = useState('out-of-the-box');
  const { working, failure, run } = useCreateSession();

  useEffect(() => {
    void newWorkshopHttp.templates().then((answer) => {
      if (answer.ok) setTemplates(answer.data.templates);
    });
  }, []);

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(() => newWorkshopHttp.create({ template: chosen, date }));
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
