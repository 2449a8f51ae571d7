import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles.css';
import { isLocale, setLocale } from '../state/i18n.ts';
import { App } from './App.tsx';
import { registerServiceWorker } from './serviceWorker.ts';
import { currentSearch, moveQueryIntoFragment } from './hashLocation.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Old links carry the view in the query, which the server sees; it belongs in the fragment.
moveQueryIntoFragment();

// The language: a `lang` in the address (the pseudo-locale `en-XA` for tests), else English.
// English's interface and names come with the app; the warnings' words when first needed.
const lang = new URLSearchParams(currentSearch()).get('lang');
const other = lang && lang !== 'en' && isLocale(lang) ? lang : undefined;
// An unknown language is shown in English, and the explorer says it left the language out.
const ready = other ? setLocale(other) : Promise.resolve();

void ready.then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Keeps the app for offline use and offers new versions (once the page has loaded).
  registerServiceWorker();
});
