import { useMutation, useQuery } from '@apollo/client/react';
import {
  CURRENCIES,
  describeError,
  ErrorState,
  formatMoney,
  MatchReasons,
  Pager,
  useSkillNames,
  WORK_LANGUAGES,
} from '@delegate/ui';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { SearchTalentQuery as SearchData, TalentSearchInput } from '../gql/graphql';
import { InviteToJobMutation, SearchTalentQuery, TalentSearchSetupQuery } from './graphql/find-talent.query';
import { profileLink } from './profile-link';
import { CEFR, DEFAULTS, type FilterValues, SKILL_LEVELS, toSearch } from './talent-search-form';

const PAGE_SIZE = 20;
/** Errors the searcher can act on, shown as a message rather than a page with a retry. */
const USER_ERRORS = ['BAD_USER_INPUT', 'RATE_LIMITED'];

/**
 * The vetted pool, searched by the business itself: skills at a level, a language, overlap with its
 * working day, a rate range in its currency, free hours and leave. Results are ranked and explained
 * as matches for a post are, and a VA found can be invited to one of the organisation's open posts.
 */
export function FindTalentPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { skillName, categoryName } = useSkillNames();
  const languageName = useMemo(() => new Intl.DisplayNames([intl.locale], { type: 'language' }), [intl.locale]);
  const setup = useQuery(TalentSearchSetupQuery);
  const form = useForm<FilterValues>({
    mode: 'controlled',
    initialValues: DEFAULTS,
    validate: {
      rateMax: (value, values) =>
        value !== '' && values.rateMin !== '' && Number(value) < Number(values.rateMin) ? t('talent.rateOrder') : null,
    },
  });
  const [search, setSearch] = useState<TalentSearchInput>(toSearch(DEFAULTS));
  const [offset, setOffset] = useState(0);
  const results = useQuery(SearchTalentQuery, { variables: { search, offset, limit: PAGE_SIZE } });
  const [postId, setPostId] = useState<string | null>(null);

  const skills = setup.data?.skills ?? [];
  const posts = setup.data?.myJobPosts.items ?? [];
  const searchError = results.error && describeError(results.error, intl);
  return (
    <Stack maw={1200}>
      <Stack gap={2}>
        <Title order={1} size="h2">
          {t('talent.title')}
        </Title>
        <Text c="dimmed">{t('talent.intro')}</Text>
      </Stack>
      <Card withBorder component="section" aria-labelledby="talent-filters">
        <form
          onSubmit={form.onSubmit((values) => {
            setOffset(0);
            setSearch(toSearch(values));
          })}
        >
          <Stack>
            <Title order={2} size="h4" id="talent-filters">
              {t('talent.filters')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <MultiSelect
                label={t('talent.skills')}
                placeholder={setup.loading ? t('common.loading') : undefined}
                data={[...new Set(skills.map((skill) => skill.category))].map((group) => ({
                  group: categoryName(group),
                  items: skills
                    .filter((skill) => skill.category === group)
                    .map((skill) => ({ value: skill.id, label: skillName(skill) })),
                }))}
                searchable
                maxValues={5}
                {...form.getInputProps('skillIds')}
              />
              <Select
                label={t('talent.skillLevel')}
                data={SKILL_LEVELS.map((value) => ({ value, label: t(`skillLevel.${value.toLowerCase()}`) }))}
                allowDeselect={false}
                {...form.getInputProps('skillLevel')}
              />
              <TextInput label={t('talent.words')} maxLength={200} {...form.getInputProps('words')} />
              <Select
                label={t('talent.language')}
                data={WORK_LANGUAGES.map((code) => ({ value: code, label: languageName.of(code) ?? code }))}
                searchable
                clearable
                {...form.getInputProps('language')}
              />
              <Select
                label={t('talent.languageLevel')}
                data={CEFR.map((value) => ({ value, label: value === 'NATIVE' ? t('profile.native') : value }))}
                allowDeselect={false}
                disabled={!form.values.language}
                {...form.getInputProps('languageLevel')}
              />
              <NumberInput
                label={t('talent.overlap')}
                description={t('talent.overlapHint')}
                min={0}
                max={12}
                allowDecimal={false}
                {...form.getInputProps('minOverlapHours')}
              />
              <Group grow align="flex-start">
                <Select
                  label={t('profile.currency')}
                  data={[...CURRENCIES]}
                  allowDeselect={false}
                  {...form.getInputProps('currency')}
                />
                <NumberInput label={t('talent.rateMin')} min={0} decimalScale={2} {...form.getInputProps('rateMin')} />
                <NumberInput label={t('talent.rateMax')} min={0} decimalScale={2} {...form.getInputProps('rateMax')} />
              </Group>
              <NumberInput
                label={t('talent.freeHours')}
                min={1}
                max={60}
                allowDecimal={false}
                {...form.getInputProps('minWeeklyHours')}
              />
              <Checkbox
                mt="xl"
                label={t('talent.includeOnLeave')}
                {...form.getInputProps('includeOnLeave', { type: 'checkbox' })}
              />
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={results.loading}>
                {t('talent.search')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  form.setValues(DEFAULTS);
                  setOffset(0);
                  setSearch(toSearch(DEFAULTS));
                }}
              >
                {t('talent.reset')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>

      <Select
        label={t('talent.inviteTo')}
        description={posts.length ? undefined : t('talent.noOpenPosts')}
        placeholder={t('talent.choosePost')}
        data={posts.map((post) => ({ value: post.id, label: post.title }))}
        value={postId}
        onChange={setPostId}
        disabled={!posts.length}
        maw={480}
      />

      <section aria-labelledby="talent-results" aria-busy={results.loading}>
        <Stack>
          <Title order={2} size="h4" id="talent-results">
            {results.data ? t('talent.found', { count: results.data.searchTalent.totalCount }) : t('talent.results')}
          </Title>
          {results.loading && !results.data && <Loader aria-label={t('common.loading')} />}
          {searchError &&
            (USER_ERRORS.includes(searchError.code ?? '') ? (
              <Alert color="red" role="alert">
                {searchError.message}
              </Alert>
            ) : (
              <ErrorState error={results.error} onRetry={() => void results.refetch()} />
            ))}
          {results.data?.searchTalent.totalCount === 0 && <Text c="dimmed">{t('talent.none')}</Text>}
          {results.data?.searchTalent.items.map((item) => (
            <TalentCard key={item.freelancer.id} item={item} post={posts.find((post) => post.id === postId) ?? null} />
          ))}
          {results.data && (
            <Pager
              offset={offset}
              limit={PAGE_SIZE}
              total={Math.min(results.data.searchTalent.totalCount, 200)}
              onChange={setOffset}
            />
          )}
        </Stack>
      </section>
    </Stack>
  );
}

type Item = SearchData['searchTalent']['items'][number];

function TalentCard({ item, post }: { item: Item; post: { id: string; title: string; currency: string } | null }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [invite, { loading, data }] = useMutation(InviteToJobMutation);
  const [showReasons, setShowReasons] = useState(false);
  const va = item.freelancer;
  const invited = data?.inviteToJob.invitedAt && data.inviteToJob.freelancer.id === va.id;
  return (
    <Card withBorder data-testid="talent-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Anchor component={Link} to={profileLink(va.id, post ?? undefined)} fw={600}>
            {va.displayName}
          </Anchor>
          <Text size="sm">{va.headline}</Text>
          <Text size="sm" c="dimmed">
            {[
              va.hourlyRateMinor === null || va.hourlyRateMinor === undefined
                ? null
                : t('vaProfile.perHour', { amount: formatMoney(intl, va.hourlyRateMinor, va.currency) }),
              va.timeZone,
              t('talent.overlapFact', {
                hours: intl.formatNumber(item.facts.overlapMinutes / 60, { maximumFractionDigits: 1 }),
              }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <Stack align="flex-end" gap="xs">
          <Badge size="lg" variant="light" aria-label={t('talent.scoreLabel', { score: Math.round(item.score) })}>
            {Math.round(item.score)}
          </Badge>
          {invited ? (
            <Badge color="grape">{t('feed.invited')}</Badge>
          ) : (
            <Button
              size="xs"
              disabled={!post}
              loading={loading}
              aria-label={t('talent.inviteVa', { name: va.displayName })}
              onClick={async () => {
                if (!post) return;
                try {
                  await invite({ variables: { jobId: post.id, freelancerId: va.id } });
                  notifications.show({
                    color: 'green',
                    message: t('talent.invited', { name: va.displayName, post: post.title }),
                  });
                } catch (error) {
                  notifications.show({ color: 'red', message: describeError(error, intl).message });
                }
              }}
            >
              {t('talent.invite')}
            </Button>
          )}
        </Stack>
      </Group>
      <Anchor
        component="button"
        type="button"
        size="sm"
        mt="xs"
        onClick={() => setShowReasons(!showReasons)}
        aria-expanded={showReasons}
      >
        {t(showReasons ? 'talent.hideReasons' : 'talent.showReasons')}
      </Anchor>
      {showReasons && <MatchReasons explanation={item} />}
    </Card>
  );
}
