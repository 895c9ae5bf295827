import { mount } from 'svelte';
import './fonts.css';
// MapLibre's stylesheet trimmed to the controls the atlas uses (see the file's header).
import './maplibre-controls.css';
import './index.css';
import App from './App.svelte';
import { loadSemiboldFace } from './fonts.ts';
import { registerServiceWorker } from './pwa.ts';
import { embedFrom } from './state/url.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
loadSemiboldFace();
// Offline repeat visits (production builds only); not for an embed, whose reader came to read
// another page and never chose to keep the atlas's megabytes.
if (!embedFrom(location.hash)) registerServiceWorker();
