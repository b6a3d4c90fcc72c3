import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app';
import { AuthProvider } from './shared/auth/auth-provider';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/login.css';
import './styles/agent.css';
import './styles/wallboard.css';
import './styles/admin.css';
import './styles/widget-demo.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <AuthProvider>
        <App />
      </AuthProvider>
    </BrowserRouter>
  </StrictMode>,
);
