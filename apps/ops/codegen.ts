import { delegateCodegen } from '../../packages/ui/codegen.base';

export default delegateCodegen('../api/schema.gql');
