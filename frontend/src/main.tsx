import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { App } from './app/App';
import './styles.css';
import { present } from './lib/present';

initI18n();

createRoot(present(document.getElementById('root'), '#root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
