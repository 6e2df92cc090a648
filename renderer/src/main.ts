/** The renderer entry point: connects to the backend and mounts the app. */
import './zod-jitless.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import { connect } from './lib/api/client.ts';
import './styles/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { connection: connect() } });
