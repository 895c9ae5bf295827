import { mount } from 'svelte';
import './fonts.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './index.css';
import App from './App.svelte';
import { registerServiceWorker } from './pwa.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
// Offline repeat visits (production builds only).
registerServiceWorker();
