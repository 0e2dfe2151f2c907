/** A VA's profile, with the rate in the post's currency and the working hours compared with the post's. */
export function profileLink(freelancerId: string, job?: { id: string; currency: string }): string {
  const query = job ? `?${new URLSearchParams({ currency: job.currency, job: job.id })}` : '';
  return `/vas/${freelancerId}${query}`;
}
