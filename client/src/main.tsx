import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadCatalog } from './i18n/catalogs/loadCatalog.ts';
import { LocaleProvider } from './i18n/LocaleProvider.tsx';
import { currentLocale } from './i18n/localeStore.ts';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The first paint is in the reader's language: its catalog (a chunk of its own unless English) comes first.
loadCatalog(currentLocale())
  .catch(() => undefined)
  .then(() =>
    createRoot(container).render(
      <StrictMode>
        <LocaleProvider>
          <App />
        </LocaleProvider>
      </StrictMode>,
    ),
  );
