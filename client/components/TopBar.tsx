import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { Icon } from './Icon';
import { LanguageSwitch } from './LanguageSwitch';
import { PresenceCount } from './PresenceCount';

export function TopBar({ title, showPresence = true, children }: { title?: string; showPresence?: boolean; children?: ReactNode }) {
  const t = useT();
  return (
    <header className="topbar">
      <div className="topbar-title">
        <Icon name="logo" className="logo" />
        {/* A page named by its workshop has that name as its heading; other pages bring their own h1. */}
        {title ? <h1 className="topbar-heading">{title}</h1> : <span>{t('app.name')}</span>}
      </div>
      <div className="topbar-actions">
        {showPresence && <PresenceCount />}
        {children}
        <LanguageSwitch />
      </div>
    </header>
  );
}
