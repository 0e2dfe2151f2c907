import { Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, type ReactNode, Suspense } from 'react';
import { useIntl } from 'react-intl';
import { Link, Outlet, useLocation } from 'react-router';
import { useAccountLocaleSync } from '../account/use-account-locale-sync';
import { useViewer } from '../account/use-viewer';
import { useApp } from '../app-context';
import type { MessageId } from '../i18n/I18nProvider';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { AccountButton } from './AccountButton';

const AccountMenu = lazy(() => import('./AccountMenu').then(({ AccountMenu }) => ({ default: AccountMenu })));

export interface NavItem {
  to: string;
  label: MessageId;
  /** Shown only when this returns true for the signed-in account. */
  visible?: (viewer: NonNullable<ReturnType<typeof useViewer>['viewer']>) => boolean;
}

/** The signed-in frame of every app: header, navigation, account menu, and the page. */
export function AppLayout({ navigation, banner }: { navigation: NavItem[]; banner?: ReactNode }) {
  const intl = useIntl();
  const app = useApp();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const { viewer } = useViewer();
  useAccountLocaleSync();
  if (!viewer) return null;

  const items = navigation.filter((item) => !item.visible || item.visible(viewer));

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="delegate-skip-link">
        {intl.formatMessage({ id: 'common.skipToContent' })}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={intl.formatMessage({ id: 'common.toggleNavigation' })}
            />
            <Anchor component={Link} to="/" underline="never" fw={700} c="indigo.7">
              {intl.formatMessage({ id: `app.${app.name}.name` as MessageId })}
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            {/* Until the menu's code has arrived (a moment after the page shows), its button alone. */}
            <Suspense fallback={<AccountButton viewer={viewer} />}>
              <AccountMenu viewer={viewer} />
            </Suspense>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <nav aria-label={intl.formatMessage({ id: 'common.mainNavigation' })}>
          {items.map((item) => {
            const active = item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to);
            return (
              // Plain links styled in styles.css: Mantine's NavLink brings collapsible children we never nest.
              <Link
                key={item.to}
                to={item.to}
                className="delegate-nav-link"
                data-active={active || undefined}
                aria-current={active ? 'page' : undefined}
                onClick={close}
              >
                {intl.formatMessage({ id: item.label })}
              </Link>
            );
          })}
        </nav>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {banner}
        {/* A page visited for the first time downloads its code before it shows: say so meanwhile. */}
        <Suspense
          fallback={
            // A plain element styled in styles.css: the first page's JavaScript carries no progress component.
            <div
              role="progressbar"
              aria-label={intl.formatMessage({ id: 'common.loading' })}
              className="delegate-route-progress"
            />
          }
        >
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
