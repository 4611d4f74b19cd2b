import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initialLanguage, loadLanguage } from './i18n';
import { appStore } from './store/appStore';
import './styles.css';

const language = initialLanguage();
document.documentElement.lang = language;
appStore.setState({ language });

// A browser shown English first fetches the English strings (a phone shown Danish never does).
void loadLanguage(language).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
