import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles.css';
import { isLocale, loadSafety, setLocale } from '../state/i18n.ts';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The language: a `lang` in the link (the pseudo-locale `en-XA` for tests), else English. The
// interface and names of English come with the app; the warnings' words load at once, beside.
const lang = new URLSearchParams(window.location.search).get('lang');
const ready = lang && lang !== 'en' && isLocale(lang) ? setLocale(lang) : loadSafety();
if (lang && !isLocale(lang)) console.warn(`Unknown language "${lang}": showing English.`);

// English renders at once; another language renders once its interface words are in.
void (lang && lang !== 'en' && isLocale(lang) ? ready : Promise.resolve()).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
