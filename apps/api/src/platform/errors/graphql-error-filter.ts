import { type ArgumentsHost, BadRequestException, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { GraphQLError } from 'graphql';
import { AppError, BadUserInputError } from './app-error.js';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  HAND_IN_TYPE_NOT_ALLOWED: 415,
  MILESTONE_STATUS: 409,
  UPLOAD_QUOTA_EXCEEDED: 413,
  RATE_LIMITED: 429,
};

/** File routes answer with the same codes GraphQL uses, as `{ error: { code, message, fields } }`. */
function sendHttpError(error: AppError, reply: FastifyReply): void {
  void reply.code(HTTP_STATUS[error.code] ?? 400).send({
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.details ?? {}),
    },
  });
}

/**
 * Turns whatever a resolver threw into a GraphQL error with a stable `extensions.code`.
 * Unknown errors are logged and hidden behind a generic message. On HTTP routes an AppError becomes a JSON error; anything else keeps Nest's handling.
 */
@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | undefined {
    if (host.getType<string>() !== 'graphql') {
      if (exception instanceof AppError) sendHttpError(exception, host.switchToHttp().getResponse<FastifyReply>());
      else super.catch(exception, host);
      return undefined;
    }
    return toGraphqlError(exception, this.logger);
  }
}

export function toGraphqlError(exception: unknown, logger: Pick<Logger, 'error'>): GraphQLError {
  if (exception instanceof GraphQLError) return exception;
  if (exception instanceof AppError) {
    return new GraphQLError(exception.message, {
      extensions: {
        code: exception.code,
        ...(exception.fields ? { fields: exception.fields } : {}),
        ...(exception.details ?? {}),
      },
    });
  }
  if (exception instanceof BadRequestException) {
    // Raised by the validation pipe; carries the per-field messages built there.
    const response = exception.getResponse();
    const fields =
      typeof response === 'object' && response && 'fields' in response
        ? (response.fields as Record<string, string>)
        : undefined;
    return toGraphqlError(new BadUserInputError('Some fields are not valid.', fields), logger);
  }
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
  return new GraphQLError('Something went wrong on our side. Please try again.', {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
