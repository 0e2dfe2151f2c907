import {
  Anchor,
  AppShell,
  Avatar,
  Burger,
  Group,
  Menu,
  NavLink,
  Progress,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { useSession } from '../account/use-account';
import { useAccountLocaleSync } from '../account/use-account-locale-sync';
import { useViewer } from '../account/use-viewer';
import { useApp } from '../app-context';
import type { MessageId } from '../i18n/I18nProvider';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';

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
  const navigate = useNavigate();
  // A page visited for the first time downloads its code before it shows: say so meanwhile.
  const loading = useNavigation().state === 'loading';
  const [opened, { toggle, close }] = useDisclosure();
  const { viewer } = useViewer();
  const { signOut } = useSession();
  useAccountLocaleSync();
  if (!viewer) return null;

  const items = navigation.filter((item) => !item.visible || item.visible(viewer));
  const onSignOut = async () => {
    await signOut();
    navigate('/sign-in', { replace: true });
  };

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
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                {/* Named by the name it shows (WCAG 2.5.3), also on phones, where only the initials fit. */}
                <UnstyledButton>
                  <Group gap="xs" wrap="nowrap">
                    <Avatar name={viewer.displayName} color="initials" size="sm" aria-hidden />
                    <Text size="sm" visibleFrom="sm" data-testid="viewer-name">
                      {viewer.displayName}
                    </Text>
                    <VisuallyHidden hiddenFrom="sm">{viewer.displayName}</VisuallyHidden>
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{viewer.email}</Menu.Label>
                <Menu.Item component={Link} to="/settings">
                  {intl.formatMessage({ id: 'nav.settings' })}
                </Menu.Item>
                <Menu.Item onClick={() => void onSignOut()}>{intl.formatMessage({ id: 'common.signOut' })}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <nav aria-label={intl.formatMessage({ id: 'common.mainNavigation' })}>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={intl.formatMessage({ id: item.label })}
              active={item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)}
              onClick={close}
            />
          ))}
        </nav>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} aria-busy={loading}>
        {loading && (
          <Progress
            value={100}
            animated
            size="xs"
            aria-label={intl.formatMessage({ id: 'common.loading' })}
            pos="fixed"
            top={60}
            left={0}
            right={0}
            style={{ zIndex: 200 }}
          />
        )}
        {banner}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
