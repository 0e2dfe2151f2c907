import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useEffect, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { BrowserRouter, type RouteObject, useRoutes } from 'react-router';
import { createApolloClient } from './apollo/create-apollo-client';
import { APPS, AppContext, type AppName } from './app-context';
import { dialogsReady } from './dialogs/confirm';
import { I18nProvider } from './i18n/I18nProvider';
import type { NavItem } from './layout/AppLayout';
import { NotFoundPage } from './layout/NotFoundPage';
import { type PageRoute, pageRoutes } from './page-routes';
import { cssVariablesResolver, localizedTheme } from './theme';

/**
 * Notifications and confirmation dialogs show after someone acted: they load beside the first page,
 * not before it. Pages open them through `notifications.show` and `openConfirmModal` (`dialogs/confirm.ts`),
 * so neither needs to wrap the pages.
 */
const Notifications = lazy(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications })));
const Modals = lazy(() =>
  import('@mantine/modals').then((m) => ({
    default: function ModalsListening() {
      // Runs after the provider's own effects: it listens for dialogs from now on.
      useEffect(dialogsReady, []);
      return <m.ModalsProvider />;
    },
  })),
);

export interface DelegateAppProps {
  app: AppName;
  /** Where the app is served, e.g. `/freelancer`. */
  basename: string;
  navigation: NavItem[];
  /** The app's own signed-in pages; account pages come with the shell. */
  pages: PageRoute[];
}

const ACCOUNT_PAGES: PageRoute[] = [
  { path: '/sign-in', page: () => import('./account/SignInPage').then((m) => m.SignInPage) },
  { path: '/forgot-password', page: () => import('./account/ForgotPasswordPage').then((m) => m.ForgotPasswordPage) },
  { path: '/reset-password', page: () => import('./account/ResetPasswordPage').then((m) => m.ResetPasswordPage) },
];
const SIGN_UP: PageRoute = { path: '/sign-up', page: () => import('./account/SignUpPage').then((m) => m.SignUpPage) };
const SETTINGS: PageRoute = {
  path: '/settings',
  page: () => import('./account/SettingsPage').then((m) => m.SettingsPage),
};

/** The signed-in frame is a download of its own too: the sign-in page does not fetch it. */
const SignedInFrame = lazy(async () => {
  const [{ RequireViewer }, { AppLayout }] = await Promise.all([
    import('./account/RequireViewer'),
    import('./layout/AppLayout'),
  ]);
  return {
    default: ({ navigation }: { navigation: NavItem[] }) => (
      <RequireViewer>
        <AppLayout navigation={navigation} />
      </RequireViewer>
    ),
  };
});

/** The shell all three apps share: providers, the signed-out pages, and the signed-in frame. */
export function DelegateApp({ app, basename, navigation, pages }: DelegateAppProps) {
  const client = useMemo(createApolloClient, []);
  return (
    <I18nProvider>
      <LocalizedMantine>
        <ApolloProvider client={client}>
          <AppContext.Provider value={APPS[app]}>
            <Suspense fallback={null}>
              <Notifications position="top-right" />
              <Modals />
            </Suspense>
            {/* Without transitions a page still on its way shows its Suspense fallback at once, not the page left. */}
            <BrowserRouter basename={basename} useTransitions={false}>
              <AppRoutes app={app} navigation={navigation} pages={pages} />
            </BrowserRouter>
          </AppContext.Provider>
        </ApolloProvider>
      </LocalizedMantine>
    </I18nProvider>
  );
}

function AppRoutes({ app, navigation, pages }: Omit<DelegateAppProps, 'basename'>) {
  const routes = useMemo<RouteObject[]>(
    () => [
      ...pageRoutes(APPS[app].allowsSignUp ? [...ACCOUNT_PAGES, SIGN_UP] : ACCOUNT_PAGES),
      {
        element: <SignedInFrame navigation={navigation} />,
        children: [...pageRoutes([...pages, SETTINGS]), { path: '*', element: <NotFoundPage /> }],
      },
    ],
    [app, navigation, pages],
  );
  // Signed-out pages and the frame show nothing until their code arrives; the frame shows progress for its pages.
  return <Suspense fallback={null}>{useRoutes(routes)}</Suspense>;
}

/** Mantine with the theme in the reader's language. */
function LocalizedMantine({ children }: { children: ReactNode }) {
  const intl = useIntl();
  const dismiss = intl.formatMessage({ id: 'common.dismiss' });
  const theme = useMemo(() => localizedTheme(dismiss), [dismiss]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}
