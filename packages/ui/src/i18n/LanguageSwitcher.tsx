import { useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useIntl } from 'react-intl';
import { UpdateAccountMutation } from '../account/graphql/update-account';
import { useViewer } from '../account/use-viewer';
import { useLocale } from './I18nProvider';
import { isLocale, LOCALES } from './locales';

/** Switches the interface language; a signed-in account also keeps it (for e-mails too). */
export function LanguageSwitcher() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const { viewer } = useViewer();
  const [updateAccount] = useMutation(UpdateAccountMutation);
  return (
    <Select
      aria-label={intl.formatMessage({ id: 'common.language' })}
      data-testid="language-switcher"
      data={LOCALES.map(({ code, label }) => ({ value: code, label }))}
      value={locale}
      allowDeselect={false}
      w={130}
      size="sm"
      onChange={(value) => {
        if (!isLocale(value)) return;
        setLocale(value);
        if (viewer) void updateAccount({ variables: { input: { locale: value } } }).catch(() => undefined);
      }}
    />
  );
}
