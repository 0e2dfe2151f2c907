import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { POLICY_METADATA } from './policy.js';

// @nestjs/graphql marks @Query/@Mutation/@Subscription methods with these keys.
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

export interface OperationPolicy {
  operation: string;
  resolver: string;
  policy: string | null;
}

/** Every root operation a resolver class declares, with its policy (method's, else class's). */
export function operationPolicies(resolverClass: Function): OperationPolicy[] {
  const prototype = resolverClass.prototype as object | undefined;
  if (!prototype) return [];
  const classPolicy = Reflect.getMetadata(POLICY_METADATA, resolverClass) as { name: string } | undefined;
  return Object.getOwnPropertyNames(prototype).flatMap((key) => {
    // Read descriptors, not properties: a getter on some provider must not run here.
    const method = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
    if (typeof method !== 'function') return [];
    const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
    if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') return [];
    const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? key;
    const policy = (Reflect.getMetadata(POLICY_METADATA, method) as { name: string } | undefined) ?? classPolicy;
    return [{ operation: `${type}.${name}`, resolver: resolverClass.name, policy: policy?.name ?? null }];
  });
}

/** Walks every provider of a running app and lists its GraphQL root operations. */
export function allOperationPolicies(app: INestApplicationContext): OperationPolicy[] {
  const classes = new Set<Function>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      if (typeof wrapper.metatype === 'function') classes.add(wrapper.metatype);
    }
  }
  return [...classes].flatMap(operationPolicies);
}
