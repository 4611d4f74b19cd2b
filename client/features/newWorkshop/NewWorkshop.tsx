import { useState } from 'react';
import { zonedDate } from '../../../shared/time';
import { useT } from './strings';
import { ImportForm } from './ImportForm';
import { TemplateForm } from './TemplateForm';
import './newWorkshop.css';

/** A workshop from a built-in template or from the JSON export of an earlier one. */
export function NewWorkshop({ open = false }: { open?: boolean }) {
  const t = useT();
  const [date, setDate] = useState(() => zonedDate(Date.now()));
  return (
    <details className="card new-workshop" open={open}>
      <summary>{t('newWorkshop.title')}</summary>
      <label htmlFor="new-workshop-date">{t('newWorkshop.date')}</label>
      <input id="new-workshop-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      <TemplateForm date={date} />
      <hr />
      <ImportForm date={date} />
    </details>
  );
}
