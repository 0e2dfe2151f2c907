import { delegateCodegen } from './codegen.base';

export default delegateCodegen('../../apps/api/schema.gql', null);
