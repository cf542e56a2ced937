import { idsOfType, propertiesOf, resourcesOf, withResource } from '../template/resources';
import { RESOURCE_TYPES, type Template } from '../template/types';
import { uniqueLogicalId, uniqueName } from '../template/logical-ids';
import { getAtt, sub } from '../template/intrinsics';
import { trustPolicyFor } from './policies';
import type { Added } from './add-event-bus';

/** Runtime of generated functions: a supported Node.js runtime.
 * https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html */
export const DEFAULT_RUNTIME = 'nodejs22.x';

// Inline code (Code.ZipFile) is written to index.js, so the handler is index.handler.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-code.html
const PLACEHOLDER_CODE = [
  'exports.handler = async (event) => {',
  "  console.log('Received event', JSON.stringify(event));",
  '  return { ok: true };',
  '};',
].join('\n');

/**
 * Adds a Lambda function that deploys as it is: inline placeholder code and an execution role that
 * may write its logs (AWSLambdaBasicExecutionRole).
 */
export function addLambdaFunction(template: Template): Added {
  const resources = resourcesOf(template);
  const names = idsOfType(template, RESOURCE_TYPES.lambdaFunction).map((id) => propertiesOf(resources[id]).FunctionName);
  const name = uniqueName(names, 'function');
  const id = uniqueLogicalId(template, 'Function');
  const roleId = uniqueLogicalId({ ...template, Resources: { ...resources, [id]: {} } }, `${id}ExecutionRole`);
  const withRole = withResource(template, roleId, {
    Type: RESOURCE_TYPES.role,
    Properties: {
      AssumeRolePolicyDocument: trustPolicyFor('lambda.amazonaws.com'),
      ManagedPolicyArns: [sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')],
    },
  });
  return {
    id,
    template: withResource(withRole, id, {
      Type: RESOURCE_TYPES.lambdaFunction,
      Properties: {
        FunctionName: name,
        Runtime: DEFAULT_RUNTIME,
        Handler: 'index.handler',
        MemorySize: 128,
        Timeout: 10,
        Role: getAtt(roleId, 'Arn'),
        Code: { ZipFile: PLACEHOLDER_CODE },
      },
    }),
  };
}
