import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../platform/graphql/enum-of.js';

/** Which provider a payment or a card setup goes through: the browser's card form follows it. */
export const PaymentProviderName = enumOf(['sandbox', 'stripe'] as const);
registerEnumType(PaymentProviderName, { name: 'PaymentProviderName' });
