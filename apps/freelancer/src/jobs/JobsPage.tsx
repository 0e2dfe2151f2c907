import { ErrorState, Pager, useSkillNames } from '@delegate/ui';
import { Group, Loader, MultiSelect, Select, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import type { BudgetKind } from '../gql/graphql';
import { ListingCard } from './ListingCard';
import { useJobFeed, useJobSearch } from './use-jobs';

const PAGE_SIZE = 20;
const BUDGET_KINDS: BudgetKind[] = ['HOURLY', 'FIXED', 'RETAINER'];

/** Jobs for the VA: the posts they were invited to or matched with, and a search over every open post. */
export function JobsPage() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'search' ? 'search' : 'feed';
  return (
    <Stack maw={860}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'feed.title' })}
      </Title>
      <Tabs value={tab} onChange={(value) => setParams(value === 'search' ? { tab: 'search' } : {})}>
        <Tabs.List>
          <Tabs.Tab value="feed">{intl.formatMessage({ id: 'feed.forYou' })}</Tabs.Tab>
          <Tabs.Tab value="search">{intl.formatMessage({ id: 'feed.search' })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="feed" pt="md">
          {tab === 'feed' && <Feed />}
        </Tabs.Panel>
        <Tabs.Panel value="search" pt="md">
          {tab === 'search' && <Search />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Feed() {
  const intl = useIntl();
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useJobFeed(offset, PAGE_SIZE);
  if (loading && !data) return <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  return (
    <Stack>
      {data.jobFeed.totalCount === 0 && <Text c="dimmed">{intl.formatMessage({ id: 'feed.empty' })}</Text>}
      {data.jobFeed.items.map((item) => (
        <ListingCard key={item.listing.id} listing={item.listing} match={item} invitedAt={item.invitedAt} />
      ))}
      <Pager offset={offset} limit={PAGE_SIZE} total={data.jobFeed.totalCount} onChange={setOffset} />
    </Stack>
  );
}

function Search() {
  const { skillName } = useSkillNames();
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [words, setWords] = useState('');
  const [query] = useDebouncedValue(words.trim(), 300);
  const [skillIds, setSkillIds] = useState<string[]>([]);
  const [budgetKind, setBudgetKind] = useState<BudgetKind | null>(null);
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useJobSearch({
    query: query || null,
    skillIds: skillIds.length ? skillIds : null,
    budgetKind,
    offset,
    limit: PAGE_SIZE,
  });
  const shown = data ?? previousData;
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
    };
  return (
    <Stack>
      <Group grow align="flex-end">
        <TextInput
          label={t('feed.searchWords')}
          placeholder={t('feed.searchPlaceholder')}
          value={words}
          onChange={(event) => filter(setWords)(event.currentTarget.value)}
          type="search"
        />
        <MultiSelect
          label={t('feed.skills')}
          data={(shown?.skills ?? []).map((skill) => ({ value: skill.id, label: skillName(skill) }))}
          value={skillIds}
          onChange={filter(setSkillIds)}
          searchable
          clearable
        />
        <Select
          label={t('feed.budgetKind')}
          data={BUDGET_KINDS.map((kind) => ({ value: kind, label: t(`jobs.budgetKind.${kind}`) }))}
          value={budgetKind}
          onChange={(value) => filter(setBudgetKind)(value as BudgetKind | null)}
          clearable
        />
      </Group>
      {loading && !shown && <Loader aria-label={t('common.loading')} />}
      {error && !shown && <ErrorState error={error} onRetry={() => void refetch()} />}
      {shown && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {intl.formatMessage({ id: 'feed.results' }, { count: shown.searchJobListings.totalCount })}
        </Text>
      )}
      {shown?.searchJobListings.items.map((listing) => (
        <ListingCard key={listing.id} listing={listing} />
      ))}
      {shown && (
        <Pager offset={offset} limit={PAGE_SIZE} total={shown.searchJobListings.totalCount} onChange={setOffset} />
      )}
    </Stack>
  );
}
