import { z } from 'zod';

/**
 * Every setting Delegate reads from the environment, parsed once at boot.
 * Nothing else reads `process.env`: modules receive the parsed `AppConfig`.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z.url().optional(),
    DATA_DIR: z.string().default('.data'),
    EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    SESSION_IDLE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
    SMTP_URL: z.url().optional(),
    /**
     * Which proxies' `X-Forwarded-For` to believe for the client's address (sign-in limits count it):
     * unset or `false` none, a number of hops, or a comma-separated list of proxy addresses or CIDRs.
     */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const trimmed = value?.trim() ?? '';
        if (trimmed === '' || trimmed === 'false') return false;
        if (/^\d+$/.test(trimmed)) return Number(trimmed);
        const list = trimmed.split(',').map((entry) => entry.trim());
        if (list.some((entry) => entry === '' || entry === 'true' || !/^[\d.:a-fA-F/]+$/.test(entry))) {
          ctx.addIssue({
            code: 'custom',
            message: 'must be false, a hop count, or a list of proxy addresses or CIDRs',
          });
          return z.NEVER;
        }
        return list;
      }),
    /** `stripe` or `sandbox`; production must say which. Elsewhere: Stripe when its keys are set. */
    PAYMENTS_PROVIDER: z.enum(['stripe', 'sandbox']).optional(),
    MAIL_FROM: z.string().default('Delegate <no-reply@delegate.localhost>'),
    /** Folder holding `<app>/dist` for the client, freelancer and ops apps. */
    WEB_DIST_DIR: z.string().optional(),
    /** Uploaded files (résumés); never inside a served folder. Defaults to `<DATA_DIR>/uploads`. */
    UPLOAD_DIR: z.string().optional(),
    JOB_POST_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    JOB_POST_EXPIRY_WARNING_DAYS: z.coerce.number().int().min(0).max(60).default(5),
    MATCH_INVITE_COUNT: z.coerce.number().int().min(0).max(50).default(5),
    MATCH_LIST_SIZE: z.coerce.number().int().min(1).max(200).default(50),
    /** The platform's fee on released money, in basis points (1,000 = 10%), taken from the VA's side. */
    PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(5_000).default(1_000),
    /** Days after a hand-in before held money goes to the VA if the client does nothing. */
    AUTO_RELEASE_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    /** The smallest milestone, in US cents (converted to the contract's currency at today's rate). */
    MILESTONE_MINIMUM_USD_MINOR: z.coerce.number().int().min(1).default(500),
    /** Business days a party has to answer a dispute or a settlement proposal before ops mediate. */
    DISPUTE_RESPONSE_BUSINESS_DAYS: z.coerce.number().int().min(1).max(30).default(5),
    /** Days ops have to decide a dispute once mediation starts. */
    DISPUTE_MEDIATION_DAYS: z.coerce.number().int().min(1).max(90).default(30),
    /** Days the VA has to hand in paid-for work after the client ended the contract, before it is refunded. */
    CONTRACT_WIND_DOWN_DAYS: z.coerce.number().int().min(1).max(60).default(7),
    /** Days before an auto-release when both sides are reminded of it. */
    AUTO_RELEASE_REMINDER_DAYS: z.coerce.number().int().min(1).max(30).default(3),
    /** A dispute decision paying out or refunding more than this (US cents, converted) needs a second ops approver. */
    OPS_SECOND_APPROVAL_USD_MINOR: z.coerce.number().int().min(0).default(100_000),
    /** Days over which a member's commitments on one contract add up against the organisation's approval amount. */
    APPROVAL_WINDOW_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** Days each side has to write its review once a cycle opens; both are revealed when it closes. */
    REVIEW_WINDOW_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    /** A contract that goes on opens a review cycle every this many months. */
    REVIEW_PERIOD_MONTHS: z.coerce.number().int().min(1).max(24).default(3),
    /** Hourly contracts: the ISO weekday weeks start on (1 Monday … 7 Sunday), in UTC. */
    HOURLY_WEEK_STARTS_ON: z.coerce.number().int().min(1).max(7).default(1),
    /** Hours after an hourly week ends that the business's review of its timesheet opens (Monday 12:00 UTC). */
    HOURLY_REVIEW_OPENS_HOURS: z.coerce.number().int().min(0).max(168).default(12),
    /** Hours after an hourly week ends that its review closes and undisputed hours are released (Friday 23:59:59 UTC). */
    HOURLY_REVIEW_CLOSES_HOURS: z.coerce.number().int().min(1).max(336).default(120),
    /** Both set: payments go through Stripe; neither: through the sandbox. */
    STRIPE_SECRET_KEY: z.string().startsWith('sk_').optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_').optional(),
    /** The key Stripe.js uses in the client app to confirm card payments. */
    STRIPE_PUBLISHABLE_KEY: z.string().startsWith('pk_').optional(),
    /** Another Stripe API server (a local stub in tests); Stripe's own by default. */
    STRIPE_API_URL: z.url().optional(),
    /** How old a webhook's signed timestamp may be, either way, before it is refused. */
    STRIPE_WEBHOOK_TOLERANCE_SECONDS: z.coerce.number().int().min(1).max(3_600).default(300),
    WORKER_ENABLED: booleanFlag.default(true),
    WORKER_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
    RESUME_MAX_BYTES: z.coerce.number().int().min(1024).max(52_428_800).default(5_242_880),
    /** The largest file a VA hands in with their work. */
    HAND_IN_MAX_BYTES: z.coerce.number().int().min(1024).max(104_857_600).default(20_971_520),
    /** Files one account may upload in an hour (résumés and hand-ins together). */
    UPLOADS_PER_HOUR: z.coerce.number().int().min(1).default(30),
    /** What one VA's handed-in files may take in all. */
    HAND_IN_QUOTA_BYTES: z.coerce.number().int().min(1_048_576).default(1_073_741_824),
    /** Days an uploaded hand-in file may wait to go with a hand-in before the daily sweep removes it. */
    HAND_IN_UNATTACHED_DAYS: z.coerce.number().int().min(1).max(90).default(2),
    SEED_DEMO: booleanFlag.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(5000),
  })
  .superRefine((env, ctx) => {
    if (env.HOURLY_REVIEW_CLOSES_HOURS <= env.HOURLY_REVIEW_OPENS_HOURS) {
      ctx.addIssue({
        code: 'custom',
        path: ['HOURLY_REVIEW_CLOSES_HOURS'],
        message: 'must come after HOURLY_REVIEW_OPENS_HOURS',
      });
    }
    const stripeKeys = Boolean(env.STRIPE_SECRET_KEY) || Boolean(env.STRIPE_WEBHOOK_SECRET);
    if (Boolean(env.STRIPE_SECRET_KEY) !== Boolean(env.STRIPE_WEBHOOK_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.STRIPE_SECRET_KEY ? 'STRIPE_WEBHOOK_SECRET' : 'STRIPE_SECRET_KEY'],
        message: 'is required with the other Stripe key (set both for Stripe, neither for the sandbox)',
      });
    }
    if (env.PAYMENTS_PROVIDER === 'stripe' && !stripeKeys) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYMENTS_PROVIDER'],
        message: 'is stripe, which needs STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET',
      });
    }
    if (env.PAYMENTS_PROVIDER === 'sandbox' && stripeKeys) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYMENTS_PROVIDER'],
        message: 'is sandbox while Stripe keys are set: remove the keys or choose stripe',
      });
    }
    if (env.NODE_ENV !== 'production') return;
    // Production refuses whatever would silently fall back to something unsafe.
    const required = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!env.DATABASE_URL)
      required('DATABASE_URL', 'is required in production (the embedded database is for demos and development)');
    if (!env.PUBLIC_URL?.startsWith('https://')) required('PUBLIC_URL', 'is required in production and must be https');
    if (!env.PAYMENTS_PROVIDER)
      required(
        'PAYMENTS_PROVIDER',
        'is required in production: stripe, or sandbox to choose simulated payments explicitly',
      );
    if (!env.SMTP_URL) required('SMTP_URL', 'is required in production (the development mailbox only prints e-mails)');
  });

export type AppConfig = ReturnType<typeof toAppConfig>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return toAppConfig(parsed.data);
}

function toAppConfig(env: z.infer<typeof environmentSchema>) {
  const production = env.NODE_ENV === 'production';
  return {
    env: env.NODE_ENV,
    production,
    http: {
      host: env.HOST,
      port: env.PORT,
      publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
      webDistDir: env.WEB_DIST_DIR,
      trustProxy: env.TRUST_PROXY,
    },
    database: env.DATABASE_URL
      ? ({ kind: 'server', url: env.DATABASE_URL } as const)
      : ({ kind: 'embedded', dataDir: env.DATA_DIR, port: env.EMBEDDED_DB_PORT } as const),
    session: {
      ttlDays: env.SESSION_TTL_DAYS,
      idleDays: env.SESSION_IDLE_DAYS,
      passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
    },
    loginThrottle: { maxFailures: env.LOGIN_MAX_FAILURES, windowMinutes: env.LOGIN_WINDOW_MINUTES },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    jobs: { ttlDays: env.JOB_POST_TTL_DAYS, expiryWarningDays: env.JOB_POST_EXPIRY_WARNING_DAYS },
    matching: { inviteCount: env.MATCH_INVITE_COUNT, listSize: env.MATCH_LIST_SIZE },
    escrow: {
      feeBasisPoints: env.PLATFORM_FEE_BPS,
      autoReleaseDays: env.AUTO_RELEASE_DAYS,
      milestoneMinimumUsdMinor: env.MILESTONE_MINIMUM_USD_MINOR,
      disputeResponseBusinessDays: env.DISPUTE_RESPONSE_BUSINESS_DAYS,
      disputeMediationDays: env.DISPUTE_MEDIATION_DAYS,
      windDownDays: env.CONTRACT_WIND_DOWN_DAYS,
      autoReleaseReminderDays: env.AUTO_RELEASE_REMINDER_DAYS,
      opsSecondApprovalUsdMinor: env.OPS_SECOND_APPROVAL_USD_MINOR,
    },
    approvals: { windowDays: env.APPROVAL_WINDOW_DAYS },
    reviews: { windowDays: env.REVIEW_WINDOW_DAYS, periodMonths: env.REVIEW_PERIOD_MONTHS },
    hourly: {
      weekStartsOn: env.HOURLY_WEEK_STARTS_ON,
      opensAfterHours: env.HOURLY_REVIEW_OPENS_HOURS,
      closesAfterHours: env.HOURLY_REVIEW_CLOSES_HOURS,
    },
    payments: paymentsOf(env),
    worker: { enabled: env.WORKER_ENABLED, pollSeconds: env.WORKER_POLL_SECONDS },
    uploads: {
      dir: env.UPLOAD_DIR ?? `${env.DATA_DIR}/uploads`,
      resumeMaxBytes: env.RESUME_MAX_BYTES,
      handInMaxBytes: env.HAND_IN_MAX_BYTES,
      perHour: env.UPLOADS_PER_HOUR,
      handInQuotaBytes: env.HAND_IN_QUOTA_BYTES,
      handInUnattachedDays: env.HAND_IN_UNATTACHED_DAYS,
    },
    seedDemo: env.SEED_DEMO ?? !production,
    logLevel: env.LOG_LEVEL,
    graphql: {
      introspection: !production,
      /** "Did you mean …" hints describe the schema to strangers. */
      fieldSuggestions: !production,
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxCost: env.GRAPHQL_MAX_COST,
    },
  };
}

/** The provider chosen, or else Stripe when both of its keys are set (the schema refuses one without the other). */
function paymentsOf(env: z.infer<typeof environmentSchema>) {
  if (env.PAYMENTS_PROVIDER === 'sandbox' || !env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET)
    return { provider: 'sandbox' as const, stripe: null };
  return {
    provider: 'stripe' as const,
    stripe: {
      secretKey: env.STRIPE_SECRET_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      publishableKey: env.STRIPE_PUBLISHABLE_KEY ?? null,
      apiUrl: env.STRIPE_API_URL ? new URL(env.STRIPE_API_URL) : null,
      webhookToleranceSeconds: env.STRIPE_WEBHOOK_TOLERANCE_SECONDS,
    },
  };
}

/** Injection token for the parsed configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
