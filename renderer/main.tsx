import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { installLeaveGuards } from './data/pending-saves';
import { connect } from './data/shell';
import { startup } from './startup';
import './styles.css';

// Before anything reads the address: the browser host's token arrives in it.
connect();
// The data and the page's code load while React starts.
void startup().catch(() => {
  // App shows the failure and offers to try again.
});
// Leaving the page (reload, closed tab or window) saves what was typed a moment ago.
installLeaveGuards();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
