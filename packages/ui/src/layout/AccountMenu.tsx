import { Menu } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../account/use-session';
import { AccountButton } from './AccountButton';

type Viewer = { displayName: string; email: string };

/**
 * The account menu: settings and sign-out. Loaded after the page shows (`AppLayout`): its popover
 * machinery is about 20 kB of compressed JavaScript that no first page needs to draw.
 */
export function AccountMenu({ viewer }: { viewer: Viewer }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const { signOut } = useSession();
  const onSignOut = async () => {
    await signOut();
    navigate('/sign-in', { replace: true });
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <AccountButton viewer={viewer} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{viewer.email}</Menu.Label>
        <Menu.Item component={Link} to="/settings">
          {intl.formatMessage({ id: 'nav.settings' })}
        </Menu.Item>
        <Menu.Item onClick={() => void onSignOut()}>{intl.formatMessage({ id: 'common.signOut' })}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
