import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadCatalog } from './i18n/catalogs/loadCatalog.ts';
import { LocaleProvider } from './i18n/LocaleProvider.tsx';
import { currentLocale } from './i18n/localeStore.ts';
import { loadRoomPage } from './roomPageLoader.ts';
import { parseRoute } from './routes.ts';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A room's address: its code loads while the catalog does (and the first render may already have it).
if (parseRoute(window.location.pathname).page === 'room') loadRoomPage().catch(() => undefined);

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
