/**
 * What CloudFormation accepts for the resource types the designer reasons about: property names,
 * required properties, and the attributes Fn::GetAtt can read (the schema's readOnlyProperties, plus the
 * return values each type's page documents, e.g. an event bus's Name and a queue's QueueName).
 * Read from the CloudFormation registry schemas (cfn-lint's copy, 2026-06-15) of each type,
 * e.g. https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-rule.html
 */
export interface ResourceSpec {
  properties: readonly string[];
  required: readonly string[];
  attributes: readonly string[];
}

export const RESOURCE_SPECS: Readonly<Record<string, ResourceSpec>> = {
  'AWS::Events::EventBus': {
    properties: ['DeadLetterConfig', 'Description', 'EventSourceName', 'KmsKeyIdentifier', 'LogConfig', 'Name', 'Policy', 'Tags'],
    required: ['Name'],
    attributes: ['Arn', 'Name', 'Policy'],
  },
  'AWS::Events::EventBusPolicy': {
    properties: ['Action', 'Condition', 'EventBusName', 'Principal', 'Statement', 'StatementId'],
    required: ['StatementId'],
    attributes: [],
  },
  'AWS::Events::Rule': {
    properties: ['Description', 'EventBusName', 'EventPattern', 'Name', 'RoleArn', 'ScheduleExpression', 'State', 'Tags', 'Targets'],
    required: [],
    attributes: ['Arn'],
  },
  'AWS::IAM::Policy': {
    properties: ['Groups', 'PolicyDocument', 'PolicyName', 'Roles', 'Users'],
    required: ['PolicyDocument', 'PolicyName'],
    attributes: ['Id'],
  },
  'AWS::IAM::Role': {
    properties: [
      'AssumeRolePolicyDocument',
      'Description',
      'ManagedPolicyArns',
      'MaxSessionDuration',
      'Path',
      'PermissionsBoundary',
      'Policies',
      'RoleName',
      'Tags',
    ],
    required: ['AssumeRolePolicyDocument'],
    attributes: ['Arn', 'RoleId'],
  },
  'AWS::Lambda::Function': {
    properties: [
      'Architectures',
      'CapacityProviderConfig',
      'Code',
      'CodeSigningConfigArn',
      'DeadLetterConfig',
      'Description',
      'DurableConfig',
      'Environment',
      'EphemeralStorage',
      'FileSystemConfigs',
      'FunctionName',
      'FunctionScalingConfig',
      'Handler',
      'ImageConfig',
      'KmsKeyArn',
      'Layers',
      'LoggingConfig',
      'MemorySize',
      'PackageType',
      'PublishToLatestPublished',
      'RecursiveLoop',
      'ReservedConcurrentExecutions',
      'Role',
      'Runtime',
      'RuntimeManagementConfig',
      'SnapStart',
      'Tags',
      'TenancyConfig',
      'Timeout',
      'TracingConfig',
      'VpcConfig',
    ],
    required: ['Code', 'Role'],
    attributes: ['Arn', 'SnapStartResponse', 'SnapStartResponse.ApplyOn', 'SnapStartResponse.OptimizationStatus'],
  },
  'AWS::Lambda::Permission': {
    properties: [
      'Action',
      'EventSourceToken',
      'FunctionName',
      'FunctionUrlAuthType',
      'InvokedViaFunctionUrl',
      'Principal',
      'PrincipalOrgID',
      'SourceAccount',
      'SourceArn',
    ],
    required: ['FunctionName', 'Action', 'Principal'],
    attributes: ['Id'],
  },
  'AWS::SQS::Queue': {
    properties: [
      'ContentBasedDeduplication',
      'DeduplicationScope',
      'DelaySeconds',
      'FifoQueue',
      'FifoThroughputLimit',
      'KmsDataKeyReusePeriodSeconds',
      'KmsMasterKeyId',
      'MaximumMessageSize',
      'MessageRetentionPeriod',
      'QueueName',
      'ReceiveMessageWaitTimeSeconds',
      'RedriveAllowPolicy',
      'RedrivePolicy',
      'SqsManagedSseEnabled',
      'Tags',
      'VisibilityTimeout',
    ],
    required: [],
    attributes: ['Arn', 'QueueName', 'QueueUrl'],
  },
  'AWS::SQS::QueuePolicy': {
    properties: ['PolicyDocument', 'Queues'],
    required: ['PolicyDocument', 'Queues'],
    attributes: ['Id'],
  },
  'AWS::StepFunctions::StateMachine': {
    properties: [
      'Definition',
      'DefinitionS3Location',
      'DefinitionString',
      'DefinitionSubstitutions',
      'EncryptionConfiguration',
      'LoggingConfiguration',
      'RoleArn',
      'StateMachineName',
      'StateMachineType',
      'Tags',
      'TracingConfiguration',
    ],
    required: ['RoleArn'],
    attributes: ['Arn', 'Name', 'StateMachineRevisionId'],
  },
  'AWS::Events::ApiDestination': {
    properties: ['ConnectionArn', 'Description', 'HttpMethod', 'InvocationEndpoint', 'InvocationRateLimitPerSecond', 'Name'],
    required: ['ConnectionArn', 'InvocationEndpoint', 'HttpMethod'],
    attributes: ['Arn', 'ArnForPolicy'],
  },
  'AWS::Events::Connection': {
    properties: ['AuthParameters', 'AuthorizationType', 'Description', 'InvocationConnectivityParameters', 'KmsKeyIdentifier', 'Name'],
    required: [],
    attributes: [
      'Arn',
      'ArnForPolicy',
      'AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn',
      'InvocationConnectivityParameters.ResourceParameters.ResourceAssociationArn',
      'SecretArn',
    ],
  },
  'AWS::Lambda::Alias': {
    properties: ['Description', 'FunctionName', 'FunctionVersion', 'Name', 'ProvisionedConcurrencyConfig', 'RoutingConfig'],
    required: ['FunctionName', 'FunctionVersion', 'Name'],
    attributes: ['AliasArn'],
  },
  'AWS::Lambda::Version': {
    properties: ['CodeSha256', 'Description', 'FunctionName', 'FunctionScalingConfig', 'ProvisionedConcurrencyConfig', 'RuntimePolicy'],
    required: ['FunctionName'],
    attributes: ['FunctionArn', 'Version'],
  },
  'AWS::Logs::LogGroup': {
    properties: [
      'BearerTokenAuthenticationEnabled',
      'DataProtectionPolicy',
      'DeletionProtectionEnabled',
      'FieldIndexPolicies',
      'KmsKeyId',
      'LogGroupClass',
      'LogGroupName',
      'ResourcePolicyDocument',
      'RetentionInDays',
      'Tags',
    ],
    required: [],
    attributes: ['Arn'],
  },
  'AWS::Logs::ResourcePolicy': {
    properties: ['PolicyDocument', 'PolicyName'],
    required: ['PolicyName', 'PolicyDocument'],
    attributes: [],
  },
  'AWS::SNS::Topic': {
    properties: [
      'ArchivePolicy',
      'ContentBasedDeduplication',
      'DataProtectionPolicy',
      'DeliveryStatusLogging',
      'DisplayName',
      'FifoThroughputScope',
      'FifoTopic',
      'KmsMasterKeyId',
      'SignatureVersion',
      'Subscription',
      'Tags',
      'TopicName',
      'TracingConfig',
    ],
    required: [],
    attributes: ['TopicArn', 'TopicName'],
  },
  'AWS::SNS::TopicPolicy': {
    properties: ['PolicyDocument', 'Topics'],
    required: ['PolicyDocument', 'Topics'],
    attributes: ['Id'],
  },
  // Not in the schema set above; from the CloudFormation template reference.
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-managedpolicy.html
  'AWS::IAM::ManagedPolicy': {
    properties: ['Description', 'Groups', 'ManagedPolicyName', 'Path', 'PolicyDocument', 'Roles', 'Users'],
    required: ['PolicyDocument'],
    attributes: [
      'AttachmentCount',
      'CreateDate',
      'DefaultVersionId',
      'IsAttachable',
      'PermissionsBoundaryUsageCount',
      'PolicyArn',
      'PolicyId',
      'UpdateDate',
    ],
  },
};

/** The spec of a type, when the designer knows it. */
export function specOf(type: unknown): ResourceSpec | undefined {
  return typeof type === 'string' ? RESOURCE_SPECS[type] : undefined;
}
