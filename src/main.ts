import { mount } from 'svelte';
// MapLibre's stylesheet trimmed to the controls the atlas uses (see the file's header).
import './maplibre-controls.css';
import './index.css';
import App from './App.svelte';
import { registerServiceWorker } from './pwa.ts';
import { preferredLocale, showLocale } from './i18n/i18n.svelte.ts';
import { embedFrom, localeFrom } from './state/url.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// A link's language, else the browser's: its messages come first, so the first frame speaks it.
// Not a top-level await: the language's chunk imports from this one, which must finish first.
const preferred = preferredLocale(navigator.languages);
const startLocale = localeFrom(location.hash) ?? preferred;
const ready = startLocale === 'en' ? Promise.resolve() : showLocale(startLocale, document.baseURI);
void ready.then(() => mount(App, { target, props: { startLocale, preferredLocale: preferred } }));
// Offline repeat visits (production builds only); not for an embed, whose reader came to read
// another page and never chose to keep the atlas's megabytes.
if (!embedFrom(location.hash)) registerServiceWorker();
