import { expect, type Page, test } from '@playwright/test';
import { DEMO } from '../support/demo';
import { decideSplit } from '../support/disputes';
import { signIn } from '../support/sign-in';

const CONTRACT = 'Holiday catalogue: refresh our Amazon listings';
const FIRST = 'New copy for twenty listings';
const SECOND = 'Canva images for twenty listings';

/** A ledger account's balance in the ops trial balance, in cents (an account money never touched: 0). */
async function ledgerBalance(ops: Page, account: RegExp): Promise<number> {
  const row = ops.getByRole('row', { name: account });
  if ((await row.count()) === 0) return 0;
  const text = (await row.getByRole('cell').last().textContent()) ?? '';
  return Math.round(Number(text.replace(/[$,]/g, '')) * 100);
}

/** The platform-wide balances this journey moves (other journeys move money too, so it compares changes). */
async function ledgerBalances(ops: Page) {
  // Loaded afresh each time: the console keeps what it read before.
  await ops.goto('/ops/ledger');
  await expect(ops.getByTestId('trial-total-USD').or(ops.getByText('No money has moved yet'))).toBeVisible();
  if (await ops.getByTestId('trial-total-USD').isVisible()) {
    await expect(ops.getByTestId('trial-total-USD')).toContainText('$0.00');
  }
  return {
    fees: await ledgerBalance(ops, /Platform fees · USD/),
    held: await ledgerBalance(ops, /Held in escrow · USD/),
    owed: await ledgerBalance(ops, /Owed to VAs · USD/),
  };
}

async function openContract(page: Page) {
  await page.getByRole('link', { name: 'Contracts' }).first().click();
  await page.getByRole('link', { name: CONTRACT }).click();
  await expect(page.getByRole('heading', { name: CONTRACT })).toBeVisible();
}

test('a business pays into escrow, sends work back, approves; a second milestone is disputed and split 60/40 by ops; all three apps agree', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const ops = await signIn(browser, '/ops/', DEMO.opsAdmin);
  const before = await ledgerBalances(ops);
  const client = await signIn(browser, '/', DEMO.clientOwner);
  await openContract(client);
  const clientRow = client.getByTestId('milestone-row').filter({ hasText: FIRST });
  await expect(clientRow.getByText('Not paid yet')).toBeVisible();

  // The fee shows before the card is charged; the sandbox says no real money moves; a declined card is explained.
  await clientRow.getByRole('button', { name: 'Pay into escrow' }).click();
  const pay = client.getByRole('dialog', { name: `Pay “${FIRST}” into escrow` });
  await pay.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(pay.getByRole('row', { name: /You pay/ })).toContainText('$150.00');
  await expect(pay.getByRole('row', { name: /Delegate's fee/ })).toContainText('$15.00');
  await expect(pay.getByRole('row', { name: /The VA receives/ })).toContainText('$135.00');
  await expect(pay.getByText('no real money moves')).toBeVisible();
  await pay.getByLabel('Card number').fill('4000 0000 0000 0002');
  await pay.getByRole('button', { name: 'Pay $150.00' }).click();
  await expect(pay.getByTestId('form-error')).toContainText('The card was declined');
  await pay.getByLabel('Card number').fill('4242 4242 4242 4242');
  await pay.getByRole('button', { name: 'Pay $150.00' }).click();
  await expect(pay).toBeHidden();
  await expect(clientRow.getByText('Paid, in progress')).toBeVisible();
  await expect(client.getByTestId('contract-heldMinor')).toHaveText('$150.00');

  // The VA hands in the work; the business asks for changes; the VA hands in again.
  const va = await signIn(browser, '/freelancer/', DEMO.freelancer);
  await openContract(va);
  const vaRow = va.getByTestId('milestone-row').filter({ hasText: FIRST });
  await vaRow.getByRole('button', { name: 'Hand in work' }).click();
  const handIn = va.getByRole('dialog', { name: `Hand in “${FIRST}”` });
  await handIn
    .getByLabel('What you did, and where to find it')
    .fill('Twenty listings rewritten; see the shared sheet.');
  await handIn.getByRole('button', { name: 'Hand in work' }).click();
  await expect(vaRow.getByText('Handed in')).toBeVisible();

  await client.reload();
  await clientRow.getByRole('button', { name: 'Ask for changes' }).click();
  const changes = client.getByRole('dialog', { name: `Ask for changes to “${FIRST}”` });
  await changes.getByLabel('What should change').fill('Please add the burn time to each listing.');
  await changes.getByRole('button', { name: 'Ask for changes' }).click();
  await expect(clientRow.getByText('Changes asked')).toBeVisible();

  await va.reload();
  await expect(va.getByTestId('contract-event').first()).toContainText('Please add the burn time to each listing.');
  await vaRow.getByRole('button', { name: 'Hand in work' }).click();
  await handIn.getByLabel('What you did, and where to find it').fill('Burn times added.');
  await handIn.getByRole('button', { name: 'Hand in work' }).click();
  await expect(vaRow.getByText('Handed in')).toBeVisible();

  // The business approves, behind a confirmation; the money moves from held to released on both sides.
  await client.reload();
  await clientRow.getByRole('button', { name: 'Approve and release' }).click();
  await client
    .getByRole('dialog', { name: `Approve “${FIRST}”?` })
    .getByRole('button', { name: 'Approve and release' })
    .click();
  await expect(clientRow.getByText('Released', { exact: true })).toBeVisible();
  await expect(client.getByTestId('contract-releasedMinor')).toHaveText('$150.00');
  await expect(client.getByTestId('contract-heldMinor')).toHaveText('$0.00');

  await va.reload();
  await expect(vaRow.getByText('Released', { exact: true })).toBeVisible();
  await expect(va.getByTestId('contract-fundedMinor')).toHaveText('$150.00');
  await expect(va.getByTestId('contract-releasedMinor')).toHaveText('$150.00');

  // The VA is owed the release less the fee; it waits until she connects a payout account, then goes out.
  await va.getByRole('link', { name: 'Payouts' }).click();
  await expect(va.getByTestId('payout-status')).toHaveText('Not connected');
  await expect(va.getByTestId('payouts-owed')).toHaveText('$135.00');
  await expect(va.getByText('Waiting for your payout account')).toBeVisible();
  await va.getByRole('button', { name: 'Connect a payout account' }).click();
  await expect(va.getByRole('heading', { name: 'Payout account (sandbox)' })).toBeVisible();
  await va.getByRole('button', { name: 'Complete onboarding' }).click();
  await expect(va.getByTestId('payout-status')).toHaveText('Ready to receive money');
  await expect(va.getByTestId('payouts-owed')).toHaveText('–');
  await expect(va.getByTestId('payouts-paid')).toHaveText('$135.00');
  await expect(va.getByRole('cell', { name: 'Sent' })).toBeVisible();

  // Ops see the same money in the ledger: the $15.00 fee earned, nothing more held or owed, and the books balance.
  await expect
    .poll(() => ledgerBalances(ops))
    .toEqual({ fees: before.fees - 1_500, held: before.held, owed: before.owed });

  // The second milestone is paid and handed in; the business disputes it and asks Delegate to mediate.
  await client.reload();
  const secondRow = client.getByTestId('milestone-row').filter({ hasText: SECOND });
  await secondRow.getByRole('button', { name: 'Pay into escrow' }).click();
  const paySecond = client.getByRole('dialog', { name: `Pay “${SECOND}” into escrow` });
  await paySecond.getByRole('button', { name: 'Continue to payment' }).click();
  await paySecond.getByRole('button', { name: 'Pay $120.00' }).click();
  await expect(secondRow.getByText('Paid, in progress')).toBeVisible();
  await va.goto('/freelancer/contracts');
  await va.getByRole('link', { name: CONTRACT }).click();
  const vaSecond = va.getByTestId('milestone-row').filter({ hasText: SECOND });
  await vaSecond.getByRole('button', { name: 'Hand in work' }).click();
  const handInSecond = va.getByRole('dialog', { name: `Hand in “${SECOND}”` });
  await handInSecond.getByLabel('What you did, and where to find it').fill('Images for all twenty listings.');
  await handInSecond.getByRole('button', { name: 'Hand in work' }).click();
  await expect(vaSecond.getByText('Handed in')).toBeVisible();

  await client.reload();
  await secondRow.getByRole('button', { name: 'Open a dispute' }).click();
  const dispute = client.getByRole('dialog', { name: `Dispute “${SECOND}”` });
  await dispute.getByLabel('What went wrong').fill('Eight of the twenty images use the wrong brand colours.');
  await dispute.getByRole('button', { name: 'Open a dispute' }).click();
  await expect(secondRow.getByText('Disputed')).toBeVisible();
  await client.getByRole('button', { name: 'Ask Delegate to mediate' }).click();
  await client
    .getByRole('dialog', { name: "Ask Delegate's team to decide?" })
    .getByRole('button', { name: 'Ask Delegate to mediate' })
    .click();
  await expect(client.getByTestId('dispute').getByText('Ops mediating')).toBeVisible();

  // Ops read the timeline and split what is held 60/40.
  await ops.getByRole('link', { name: 'Disputes' }).click();
  await ops.getByRole('link', { name: SECOND }).click();
  await expect(ops.getByText('The business says: Eight of the twenty images')).toBeVisible();
  await decideSplit(ops, 60, 'Twelve images are as agreed; eight need redoing.');
  await expect(ops.getByTestId('dispute-outcome')).toContainText('$72.00 to the VA, $48.00 back to the business');

  // Every app shows the same money: $270 paid in, $222 released, $48 refunded, nothing held.
  await client.reload();
  await expect(client.getByTestId('contract-fundedMinor')).toHaveText('$270.00');
  await expect(client.getByTestId('contract-releasedMinor')).toHaveText('$222.00');
  await expect(client.getByTestId('contract-refundedMinor')).toHaveText('$48.00');
  await expect(client.getByTestId('contract-heldMinor')).toHaveText('$0.00');
  await va.reload();
  await expect(va.getByTestId('contract-releasedMinor')).toHaveText('$222.00');
  await expect(va.getByTestId('contract-refundedMinor')).toHaveText('$48.00');
  // $135.00 + $72.00 less its $7.20 fee, transferred at once now that her account is connected.
  await va.getByRole('link', { name: 'Payouts' }).click();
  await expect(va.getByTestId('payouts-paid')).toHaveText('$199.80');
  await expect(va.getByTestId('payouts-owed')).toHaveText('–');
  await expect
    .poll(() => ledgerBalances(ops))
    .toEqual({ fees: before.fees - 2_220, held: before.held, owed: before.owed });
  // The provider agrees with the ledger on every payment, refund and transfer of the journey.
  await ops.getByRole('link', { name: 'Reconciliation' }).click();
  await ops.getByRole('button', { name: 'Run now' }).click();
  await expect(ops.getByRole('row', { name: /Aylin/ }).first()).toContainText('In agreement');
  await expect(ops.getByText('The payment provider and the ledger agree')).toBeVisible();

  // The work is done: the business ends the contract, after reading what that does to the money.
  await openContract(client);
  await client.getByRole('button', { name: 'End contract' }).click();
  const end = client.getByRole('dialog', { name: 'End the contract with Maria Santos?' });
  await expect(end.getByText('Handed-in work and open disputes run their course.')).toBeVisible();
  await end.getByLabel('Why (shown on the timeline)').fill('The holiday catalogue is live. Thank you!');
  await end.getByRole('button', { name: 'End contract' }).click();
  await expect(end).toBeHidden();
  await expect(client.getByText('This contract has ended')).toBeVisible();
  await expect(client.getByText('Reason: The holiday catalogue is live. Thank you!')).toBeVisible();
  await expect(client.getByRole('button', { name: 'End contract' })).toBeHidden();
  await va.reload();
  await openContract(va);
  await expect(va.getByText('This contract has ended')).toBeVisible();
  await expect(va.getByText(/Ended by the business/)).toBeVisible();
});
