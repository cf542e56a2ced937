import { isJsonObject, type Json, type JsonObject } from '../template/json';

/** One statement whose Resource is `Fn::Sub [text, {variable: Ref Parameter}]`, as SAM writes them. */
function template(actions: string[], arn: string, variable: string, parameter: string): { parameter: string; statement: JsonObject } {
  return {
    parameter,
    statement: {
      Action: actions,
      Effect: 'Allow',
      Resource: { 'Fn::Sub': [arn, { [variable]: { Ref: parameter } }] },
    },
  };
}

/**
 * The SAM policy templates the permission checks need, each a statement with one parameter, as the
 * policy template list gives them.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-template-list.html
 */
export const POLICY_TEMPLATES: Readonly<Record<string, { parameter: string; statement: JsonObject }>> = {
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-template-list.html#stepfunctions-execution-policy
  StepFunctionsExecutionPolicy: template(
    ['states:StartExecution'],
    'arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:${stateMachineName}',
    'stateMachineName',
    'StateMachineName',
  ),
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-template-list.html#lambda-invoke-policy
  LambdaInvokePolicy: template(
    ['lambda:InvokeFunction'],
    'arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${functionName}*',
    'functionName',
    'FunctionName',
  ),
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-template-list.html#sqs-send-message-policy
  SQSSendMessagePolicy: template(
    ['sqs:SendMessage*'],
    'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${queueName}',
    'queueName',
    'QueueName',
  ),
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-template-list.html#sqs-publish-message-policy
  SNSPublishMessagePolicy: template(
    ['sns:Publish'],
    'arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:${topicName}',
    'topicName',
    'TopicName',
  ),
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-template-list.html#eventbridge-put-events-policy
  EventBridgePutEventsPolicy: template(
    ['events:PutEvents'],
    'arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${eventBusName}',
    'eventBusName',
    'EventBusName',
  ),
};

/** A copy of `value` with `{Ref: parameter}` replaced by the value the template entry gives. */
function substitute(value: Json, parameter: string, given: Json): Json {
  if (Array.isArray(value)) return value.map((v) => substitute(v, parameter, given));
  if (!isJsonObject(value)) return value;
  if (Object.keys(value).length === 1 && value.Ref === parameter) return given;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, parameter, given)]));
}

/**
 * The policy document a policy template entry such as `{ LambdaInvokePolicy: { FunctionName: X } }`
 * becomes, or why it cannot be expanded.
 */
export function expandPolicyTemplate(
  name: string,
  parameters: Json,
): { document: JsonObject } | { unexpanded: string } | { malformed: string } {
  const known = POLICY_TEMPLATES[name];
  if (!known) return { unexpanded: `The policy template ${name} is not expanded here, so its permissions are not checked.` };
  const given = isJsonObject(parameters) ? parameters[known.parameter] : undefined;
  if (given === undefined || given === null)
    return { malformed: `The policy template ${name} needs the parameter ${known.parameter}; SAM refuses it without one.` };
  return { document: { Statement: [substitute(known.statement, known.parameter, given)] } };
}
