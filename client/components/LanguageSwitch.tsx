import { loadLanguage, rememberLanguage, useT } from '../i18n';
import { appStore, useApp } from '../store/appStore';

export function LanguageSwitch() {
  const t = useT();
  const language = useApp((s) => s.language);
  const toggle = () => {
    const next = language === 'da' ? 'en' : 'da';
    // English is its own chunk: switch once its strings are in, so no key ever shows instead of a text.
    void loadLanguage(next).then(() => {
      rememberLanguage(next);
      appStore.setState({ language: next });
    });
  };
  return (
    <button type="button" className="link-button" onClick={toggle} lang={language === 'da' ? 'en' : 'da'}>
      {t('lang.switch')}
    </button>
  );
}
