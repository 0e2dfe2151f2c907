import { describe, expect, it } from '@jest/globals';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Policies } from './policy.js';
import { operationPolicies } from './policy-coverage.js';

@Resolver()
class FixtureResolver {
  @Allow(Policies.ops)
  @Query(() => String)
  guarded() {
    return '';
  }

  @Query(() => String)
  forgotten() {
    return '';
  }

  @Mutation(() => String, { name: 'renamedMutation' })
  alsoForgotten() {
    return '';
  }

  helper() {
    return '';
  }
}

@Allow(Policies.signedIn)
@Resolver()
class ClassGuardedResolver {
  @Query(() => String)
  inherits() {
    return '';
  }
}

describe('operationPolicies', () => {
  it('reports operations without a policy, and only operations', () => {
    expect(operationPolicies(FixtureResolver)).toEqual([
      { operation: 'Query.guarded', resolver: 'FixtureResolver', policy: 'ops' },
      { operation: 'Query.forgotten', resolver: 'FixtureResolver', policy: null },
      { operation: 'Mutation.renamedMutation', resolver: 'FixtureResolver', policy: null },
    ]);
  });

  it('accepts a policy declared on the class', () => {
    expect(operationPolicies(ClassGuardedResolver)).toEqual([
      { operation: 'Query.inherits', resolver: 'ClassGuardedResolver', policy: 'signedIn' },
    ]);
  });
});
