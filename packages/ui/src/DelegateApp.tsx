import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { lazy, type ReactNode, Suspense, useEffect, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { createBrowserRouter, type RouteObject, RouterProvider } from 'react-router';
import { createApolloClient } from './apollo/create-apollo-client';
import { APPS, AppContext, type AppName } from './app-context';
import { dialogsReady } from './dialogs/confirm';
import { I18nProvider } from './i18n/I18nProvider';
import type { NavItem } from './layout/AppLayout';
import { NotFoundPage } from './layout/NotFoundPage';
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
  routes: RouteObject[];
}

/** The shell all three apps share: providers, the signed-out pages, and the signed-in frame. */
export function DelegateApp({ app, basename, navigation, routes }: DelegateAppProps) {
  const client = useMemo(createApolloClient, []);
  const router = useMemo(
    () =>
      createBrowserRouter(
        [
          // Every page is a download of its own, fetched when it is first visited.
          { path: '/sign-in', lazy: () => import('./account/SignInPage').then((m) => ({ Component: m.SignInPage })) },
          ...(APPS[app].allowsSignUp
            ? [
                {
                  path: '/sign-up',
                  lazy: () => import('./account/SignUpPage').then((m) => ({ Component: m.SignUpPage })),
                },
              ]
            : []),
          {
            path: '/forgot-password',
            lazy: () => import('./account/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage })),
          },
          {
            path: '/reset-password',
            lazy: () => import('./account/ResetPasswordPage').then((m) => ({ Component: m.ResetPasswordPage })),
          },
          {
            // The signed-in frame too: the sign-in page does not download it.
            lazy: async () => {
              const [{ RequireViewer }, { AppLayout }] = await Promise.all([
                import('./account/RequireViewer'),
                import('./layout/AppLayout'),
              ]);
              return {
                element: (
                  <RequireViewer>
                    <AppLayout navigation={navigation} />
                  </RequireViewer>
                ),
              };
            },
            children: [
              ...routes,
              {
                path: '/settings',
                lazy: () => import('./account/SettingsPage').then((m) => ({ Component: m.SettingsPage })),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
        { basename },
      ),
    [app, basename, navigation, routes],
  );
  return (
    <I18nProvider>
      <LocalizedMantine>
        <ApolloProvider client={client}>
          <AppContext.Provider value={APPS[app]}>
            <Suspense fallback={null}>
              <Notifications position="top-right" />
              <Modals />
            </Suspense>
            <RouterProvider router={router} />
          </AppContext.Provider>
        </ApolloProvider>
      </LocalizedMantine>
    </I18nProvider>
  );
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
