import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App';

// The page arrives prerendered (see prerender.mjs): hydrate it, so the article reads and the
// form posts before and without this script.
hydrateRoot(
  document.getElementById('root')!,
  <StrictMode>
    <App />
  </StrictMode>,
);
