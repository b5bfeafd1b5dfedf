import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('railwatch: #root element missing from index.html');
createRoot(root).render(
  <StrictMode>
    <p>railwatch</p>
  </StrictMode>,
);
