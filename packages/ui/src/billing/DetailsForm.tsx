import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Loader, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useIntl } from 'react-intl';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import { ErrorState } from '../layout/ErrorState';
import {
  BillingDetailsQuery,
  PayeeDetailsQuery,
  UpdateBillingDetailsMutation,
  UpdatePayeeDetailsMutation,
} from './graphql/documents';

type Values = { legalName: string; address: string; taxNumber: string };

/**
 * What documents are made out to: a business's invoices (legal name, address, VAT number; owners,
 * admins and finance change them) or a VA's statements. New documents carry them; issued ones keep theirs.
 */
export function DetailsForm({ side, canEdit }: { side: 'business' | 'payee'; canEdit: boolean }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const business = side === 'business';
  const businessRead = useQuery(BillingDetailsQuery, { skip: !business });
  const payeeRead = useQuery(PayeeDetailsQuery, { skip: business });
  const read = business ? businessRead : payeeRead;
  const details = business ? businessRead.data?.billingDetails : payeeRead.data?.payeeDetails;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t(business ? 'billing.details.businessTitle' : 'billing.details.payeeTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('billing.details.intro')}
      </Text>
      {read.error && !read.data && <ErrorState error={read.error} onRetry={() => void read.refetch()} />}
      {!read.data && !read.error && <Loader size="sm" aria-label={t('common.loading')} />}
      {details && (
        <DetailsFields
          business={business}
          canEdit={canEdit}
          initial={{
            legalName: details.legalName,
            address: details.address,
            taxNumber: 'vatId' in details ? details.vatId : details.taxId,
          }}
        />
      )}
    </Card>
  );
}

function DetailsFields({ business, canEdit, initial }: { business: boolean; canEdit: boolean; initial: Values }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [updateBusiness] = useMutation(UpdateBillingDetailsMutation, { refetchQueries: ['BillingDetails'] });
  const [updatePayee] = useMutation(UpdatePayeeDetailsMutation, { refetchQueries: ['PayeeDetails'] });
  const form = useForm<Values>({ initialValues: initial });
  const { submit, formError, submitting } = useFormSubmit(form);
  const save = submit(async ({ legalName, address, taxNumber }) => {
    if (business) await updateBusiness({ variables: { input: { legalName, address, vatId: taxNumber } } });
    else await updatePayee({ variables: { input: { legalName, address, taxId: taxNumber } } });
    notifications.show({ color: 'green', message: t('billing.details.saved') });
  });
  return (
    <form noValidate onSubmit={save}>
      <Stack gap="sm">
        <FormError message={formError} />
        <TextInput
          label={t('billing.details.legalName')}
          description={t(business ? 'billing.details.legalNameBusiness' : 'billing.details.legalNamePayee')}
          maxLength={200}
          readOnly={!canEdit}
          {...form.getInputProps('legalName')}
        />
        <Textarea
          label={t('billing.details.address')}
          autosize
          minRows={2}
          maxLength={500}
          readOnly={!canEdit}
          {...form.getInputProps('address')}
        />
        <TextInput
          label={t(business ? 'billing.details.vatId' : 'billing.details.taxId')}
          maxLength={32}
          readOnly={!canEdit}
          {...form.getInputProps('taxNumber')}
          error={form.errors.taxNumber ?? form.errors.vatId ?? form.errors.taxId}
        />
        {canEdit && (
          <Group>
            <Button type="submit" loading={submitting}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
