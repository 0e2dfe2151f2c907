import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { type ReactNode, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { createBrowserRouter, type RouteObject, RouterProvider } from 'react-router';
import { ForgotPasswordPage } from './account/ForgotPasswordPage';
import { RequireViewer } from './account/RequireViewer';
import { ResetPasswordPage } from './account/ResetPasswordPage';
import { SettingsPage } from './account/SettingsPage';
import { SignInPage } from './account/SignInPage';
import { SignUpPage } from './account/SignUpPage';
import { createApolloClient } from './apollo/create-apollo-client';
import { APPS, AppContext, type AppName } from './app-context';
import { I18nProvider } from './i18n/I18nProvider';
import { AppLayout, type NavItem } from './layout/AppLayout';
import { NotFoundPage } from './layout/NotFoundPage';
import { cssVariablesResolver, localizedTheme } from './theme';

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
          { path: '/sign-in', element: <SignInPage /> },
          ...(APPS[app].allowsSignUp ? [{ path: '/sign-up', element: <SignUpPage /> }] : []),
          { path: '/forgot-password', element: <ForgotPasswordPage /> },
          { path: '/reset-password', element: <ResetPasswordPage /> },
          {
            element: (
              <RequireViewer>
                <AppLayout navigation={navigation} />
              </RequireViewer>
            ),
            children: [
              ...routes,
              { path: '/settings', element: <SettingsPage /> },
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
            <ModalsProvider>
              <Notifications position="top-right" />
              <RouterProvider router={router} />
            </ModalsProvider>
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
