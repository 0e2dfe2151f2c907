import { Button, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import { toMinor } from '../forms/time-of-day';
import { type MilestoneView, PayDialog } from './MilestoneActions';
import { useContractActions } from './use-contract-data';

/**
 * The business gives the VA a bonus: the amount and a word of thanks, then the card (the money goes
 * to the VA as soon as it is paid). Above the organisation's approval amount it waits for an admin first.
 */
export function BonusButton({ contractId, currency, name }: { contractId: string; currency: string; name: string }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [step, setStep] = useState<'closed' | 'amount' | { pay: MilestoneView }>('closed');
  const { giveBonus } = useContractActions();
  const form = useForm<{ amount: number | string; message: string }>({
    initialValues: { amount: '', message: '' },
    validate: { amount: (value) => ((toMinor(value) ?? 0) > 0 ? null : t('errors.field.required')) },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  const close = () => {
    form.reset();
    setStep('closed');
  };
  return (
    <>
      <Button variant="default" onClick={() => setStep('amount')}>
        {t('bonus.give')}
      </Button>
      {step === 'amount' && (
        <Modal opened onClose={close} title={t('bonus.title', { name })}>
          <form
            onSubmit={submit(async ({ amount, message }) => {
              const { data } = await giveBonus({ contractId, amountMinor: toMinor(amount) ?? 0, message });
              const bonus = data?.giveBonus;
              if (!bonus) return;
              form.reset();
              if (bonus.awaitingApproval) {
                notifications.show({ color: 'orange', message: t('bonus.awaitingApproval') });
                setStep('closed');
              } else {
                setStep({ pay: { ...bonus, title: t('contract.bonus') } });
              }
            })}
          >
            <Stack>
              <Text size="sm">{t('bonus.intro')}</Text>
              <NumberInput
                label={t('escrow.amount', { currency })}
                min={0.01}
                decimalScale={2}
                fixedDecimalScale
                required
                data-autofocus
                {...form.getInputProps('amount')}
              />
              <Textarea
                label={t('bonus.message')}
                autosize
                minRows={2}
                maxLength={2000}
                {...form.getInputProps('message')}
              />
              <FormError message={formError} />
              <Button type="submit" loading={submitting}>
                {t('bonus.continue')}
              </Button>
            </Stack>
          </form>
        </Modal>
      )}
      {typeof step === 'object' && <PayDialog milestone={step.pay} onClose={close} />}
    </>
  );
}
