import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import mercurius from 'mercurius';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ANONYMOUS } from '../access/actor.js';
import type { ActorRequest, RequestContext } from '../access/request-context.js';
import { acceptsGraphqlResponse } from '../http/graphql-media-type.js';

/**
 * The one place that knows the GraphQL server is Mercurius on Fastify. Resolvers only use
 * @nestjs/graphql decorators, so switching drivers touches this file alone.
 */
export const GraphqlModule = GraphQLModule.forRootAsync<MercuriusDriverConfig>({
  driver: MercuriusDriver,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): MercuriusDriverConfig => ({
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    graphiql: !config.production,
    // No graphql-jit: its compiled variable coercion drops input-field default values
    // (a query that passed once failed the second time), which the integration tests caught.
    validationRules: queryLimits(config),
    // A field resolver's errors get their stable code like a query's (the global error filter).
    fieldResolverEnhancers: ['filters'],
    // The actor hook (`registerActorHook`) found who is calling before the request reached here.
    context: (request: FastifyRequest, reply: FastifyReply): RequestContext => ({
      request,
      reply,
      actor: (request as ActorRequest).actor ?? ANONYMOUS,
    }),
    errorFormatter: (execution, context) => {
      const formatted = mercurius.defaultErrorFormatter(execution, context);
      // Parse and validation errors (query limits included) carry no code of their own.
      const errors = formatted.response.errors?.map((error) =>
        error.extensions?.code
          ? error
          : {
              ...error,
              message: config.graphql.fieldSuggestions ? error.message : withoutSuggestions(error.message),
              extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
            },
      );
      // A request that failed validation (parse errors and query limits included) ran nothing. As
      // GraphQL over HTTP asks: a client that reads `application/graphql-response+json` is told so
      // with 400, whichever rule refused it; one that reads only `application/json` gets 200, as for
      // any well-formed request (`graphqlMediaType` sets the content type).
      const refused =
        !formatted.response.data && errors?.every((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
      const accept = (context as { reply?: FastifyReply }).reply?.request.headers.accept;
      const refusedStatus = acceptsGraphqlResponse(accept) ? 400 : 200;
      return {
        statusCode: refused ? refusedStatus : formatted.statusCode,
        response: { ...formatted.response, errors },
      };
    },
  }),
});

/** graphql-js appends "Did you mean …?" to unknown names; that describes the schema to strangers. */
function withoutSuggestions(message: string): string {
  const hint = message.indexOf(' Did you mean ');
  return hint === -1 ? message : message.slice(0, hint);
}

/**
 * Depth and cost are those of the selection a query makes: a fragment is a way of writing part of it
 * (the apps share fragments), not a level of its own (`flattenFragments`).
 */
export function queryLimits(config: AppConfig): ValidationRule[] {
  const { maxDepth, maxAliases, maxCost } = config.graphql;
  const rules: ValidationRule[] = [
    maxDepthRule({ n: maxDepth, ignoreIntrospection: true, flattenFragments: true }) as unknown as ValidationRule,
    maxAliasesRule({ n: maxAliases }) as unknown as ValidationRule,
    costLimitRule({ maxCost, ignoreIntrospection: true, flattenFragments: true }) as unknown as ValidationRule,
  ];
  if (!config.graphql.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}
