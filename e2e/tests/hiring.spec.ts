import { expect, test } from '@playwright/test';
import { DEMO } from '../support/demo';
import { signIn } from '../support/sign-in';

const JOB = 'Amazon listings and Canva graphics';

test('a business publishes a job, meets its matched VA, and hires her through proposal, message and offer', async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // The business publishes a post only one demo VA (Maria: Amazon and Canva) can do.
  const client = await signIn(browser, '/', DEMO.clientOwner);
  await client.getByRole('link', { name: 'Job posts' }).click();
  await client.getByRole('link', { name: 'New job post' }).click();
  await client.getByLabel('Title').fill(JOB);
  await client
    .getByLabel('Summary')
    .fill('We sell hand-poured candles on Amazon and need our listings refreshed with new images every week.');
  await client.getByRole('textbox', { name: 'Task 1' }).fill('Update Amazon listings and their images');
  await client.getByRole('combobox', { name: 'Skills the job needs' }).click();
  await client.getByRole('option', { name: 'Amazon Seller Central' }).click();
  await client.getByRole('option', { name: 'Graphic design in Canva' }).click();
  await client.keyboard.press('Escape');
  await client.getByLabel('Hours a week').fill('10');
  await client.getByLabel('From (per hour)').fill('10');
  await client.getByLabel('Up to (per hour)').fill('15');
  await client.getByLabel('Hours of overlap a day').fill('0');
  await client.getByRole('button', { name: 'Save draft' }).click();
  await expect(client.getByTestId('job-status')).toHaveText('Draft');
  await client.getByRole('button', { name: 'Publish', exact: true }).click();
  await client.getByRole('dialog', { name: 'Publish this job post?' }).getByRole('button', { name: 'Publish' }).click();
  await expect(client.getByTestId('job-status')).toHaveText('Open');

  // Within a minute the ranking has run: the match appears with its reasons, already invited.
  await client.getByRole('link', { name: 'Candidates' }).click();
  await expect(client.getByRole('tab', { name: 'Matches (1)' })).toBeVisible({ timeout: 60_000 });
  await client.getByRole('tab', { name: 'Matches (1)' }).click();
  const matchRow = client.getByTestId('match-row').filter({ hasText: 'Maria Santos' });
  await expect(matchRow.getByText('Invited')).toBeVisible();
  await matchRow.getByRole('button', { name: 'Maria Santos' }).click();
  await expect(client.getByText('Rate within the budget')).toBeVisible();

  // The VA finds the invitation in her feed, reads why, and sends a proposal.
  const va = await signIn(browser, '/freelancer/', DEMO.freelancer);
  await va.getByRole('link', { name: 'Job posts' }).click();
  const card = va.getByRole('article', { name: JOB });
  await expect(card.getByText('Invited')).toBeVisible();
  await card.getByRole('link', { name: JOB }).click();
  await expect(va.getByRole('heading', { name: 'Why you were matched' })).toBeVisible();
  await va
    .getByLabel('Cover letter')
    .fill('I have kept Amazon listings for two home-goods shops for three years and design all their images in Canva.');
  await va.getByLabel('Your hourly rate (USD)').fill('12');
  await va.getByRole('button', { name: 'Send proposal' }).click();
  await expect(va.getByTestId('proposal-status')).toHaveText('Sent');

  // The business shortlists her, writes to her and offers a contract.
  await client.getByRole('tab', { name: /Proposals/ }).click();
  const proposal = client.getByRole('article', { name: 'Maria Santos' });
  await expect(proposal).toBeVisible({ timeout: 15_000 });
  await proposal.getByRole('button', { name: 'Shortlist' }).click();
  await expect(proposal.getByTestId('proposal-status')).toHaveText('Shortlisted');
  await proposal.getByRole('button', { name: 'Message' }).click();
  await proposal.getByRole('textbox', { name: 'Message' }).fill('Could you start with our five best sellers?');
  await proposal.getByRole('button', { name: 'Send' }).click();
  await expect(proposal.getByRole('log')).toContainText('Could you start with our five best sellers?');
  await proposal.getByRole('button', { name: 'Make an offer' }).click();
  const offer = client.getByRole('dialog', { name: 'Offer a contract to Maria Santos' });
  await expect(offer.getByLabel('Hourly rate (USD)')).toHaveValue('12');
  await expect(offer.getByLabel('Weekly limit (hours)')).toHaveValue('10');
  await offer.getByLabel('Message to the VA').fill('Welcome aboard!');
  await offer.getByRole('button', { name: 'Send offer' }).click();
  await expect(client.getByText('Offer sent to Maria Santos.')).toBeVisible();

  // The VA reads the message, accepts the offer, and the contract exists on both sides.
  await va.reload();
  await expect(va.getByRole('log')).toContainText('Could you start with our five best sellers?');
  await expect(va.getByRole('heading', { name: 'Offer from Northwind Candles' })).toBeVisible();
  await va.getByRole('button', { name: 'Accept offer' }).click();
  await va.getByRole('dialog', { name: 'Accept this offer?' }).getByRole('button', { name: 'Accept offer' }).click();
  await expect(va.getByText('You are hired for this job')).toBeVisible();
  await va.getByRole('link', { name: 'Contracts' }).first().click();
  await expect(va.getByTestId('contract-row').filter({ hasText: JOB })).toContainText('Northwind Candles');

  await client.getByRole('link', { name: 'Contracts' }).click();
  await expect(client.getByTestId('contract-row').filter({ hasText: JOB })).toContainText('Maria Santos');
  await expect(client.getByTestId('contract-row').filter({ hasText: JOB })).toContainText('$12.00 an hour');
});
