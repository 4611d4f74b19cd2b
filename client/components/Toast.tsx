import { type ReactNode, useEffect, useState } from 'react';
import './toast.css';

/**
 * A short message fixed at the bottom of the viewport, where the person is looking whatever they scrolled to.
 * It goes away after `ms`; `children` (e.g. an undo button) sit beside the text.
 */
export function Toast({ text, ms = 6000, testId, tone = 'ok', children }: { text: string; ms?: number; testId?: string; tone?: 'ok' | 'error'; children?: ReactNode }) {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setShown(false), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  if (!shown) return null;
  return (
    <div className={`toast toast-${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <span>{text}</span>
      {children}
    </div>
  );
}
