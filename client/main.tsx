import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initialLanguage } from './i18n';
import { appStore } from './store/appStore';
import './styles.css';

const language = initialLanguage();
document.documentElement.lang = language;
appStore.setState({ language });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
