import { BadRequestException, type ValidationError, ValidationPipe } from '@nestjs/common';

/**
 * Validates every `@Args` input with class-validator and reports failures per field
 * as message keys (e.g. `fields.email = "isEmail"`), which the apps translate.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new BadRequestException({ fields: flatten(errors) }),
  });
}

function flatten(errors: ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const [rule] = Object.keys(error.constraints ?? {});
    if (rule) fields[path] = rule;
    Object.assign(fields, flatten(error.children ?? [], path));
  }
  return fields;
}
