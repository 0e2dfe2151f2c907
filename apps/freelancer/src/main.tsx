import '@delegate/ui/styles.css';
import { DelegateApp, type NavItem } from '@delegate/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApplicationPage } from './application/ApplicationPage';
import { HomePage } from './home/HomePage';
import { ProfilePage } from './profile/ProfilePage';

const navigation: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/profile', label: 'nav.profile' },
  { to: '/application', label: 'nav.application' },
  { to: '/settings', label: 'nav.settings' },
];

const routes = [
  { index: true, element: <HomePage /> },
  { path: '/profile', element: <ProfilePage /> },
  { path: '/application', element: <ApplicationPage /> },
];

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DelegateApp app="freelancer" basename="/freelancer" navigation={navigation} routes={routes} />
    </StrictMode>,
  );
}
