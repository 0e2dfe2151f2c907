import { Select, type SelectProps } from '@mantine/core';
import { useIntl } from 'react-intl';
import { timeZones } from '../time-zones';

/** A searchable list of IANA time zones. */
export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  const intl = useIntl();
  return (
    <Select
      label={intl.formatMessage({ id: 'common.timeZone' })}
      data={timeZones}
      searchable
      allowDeselect={false}
      limit={50}
      {...props}
    />
  );
}
