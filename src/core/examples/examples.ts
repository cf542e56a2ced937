import type { Json } from '../template/json';
import type { LogicalId, Template } from '../template/types';
import type { Added } from '../ops/add-event-bus';
import { addEventBus } from '../ops/add-event-bus';
import { addLambdaFunction } from '../ops/add-lambda-function';
import { addRule } from '../ops/add-rule';
import { addStateMachine } from '../ops/add-state-machine';
import { connectBusToRule, DEFAULT_BUS_ID } from '../ops/connect-bus-to-rule';
import { connectRuleToTarget } from '../ops/connect-rule-to-target';
import { addDeadLetterQueue } from '../ops/dead-letter-queue';
import { emptyTemplate } from '../ops/empty-template';
import { renameLogicalId } from '../ops/rename-logical-id';
import { seedDesign } from '../ops/seed-design';
import { setResourceProperty } from '../ops/set-property';
import { setTargetInput } from '../ops/set-target-input';
import { setTargetProperty } from '../ops/set-target-property';

/** A design a user can start from. `build` returns a new template on every call. */
export interface Example {
  id: string;
  title: string;
  description: string;
  build(): Template;
}

/** What the canvas does when a resource is added and then renamed in the inspector. */
function added(result: Added, id: LogicalId): Template {
  return renameLogicalId(result.template, result.id, id);
}

/** Sets several properties of one resource, one inspector field at a time. */
function withProperties(template: Template, id: LogicalId, properties: Record<string, Json | undefined>): Template {
  return Object.entries(properties).reduce((t, [key, value]) => setResourceProperty(t, id, key, value), template);
}

/**
 * A custom bus "orders" whose rule "order-placed" invokes a function, retrying for an hour at most
 * and then sending the event to a dead-letter queue.
 */
function customBusWithDeadLetterQueue(): Template {
  let t = emptyTemplate();

  t = added(addEventBus(t), 'OrdersEventBus');
  t = setResourceProperty(t, 'OrdersEventBus', 'Name', 'orders');

  t = added(addLambdaFunction(t), 'ProcessOrderFunction');
  t = renameLogicalId(t, 'FunctionExecutionRole', 'ProcessOrderFunctionExecutionRole');
  t = setResourceProperty(t, 'ProcessOrderFunction', 'FunctionName', 'process-order');

  t = added(addRule(t), 'OrderPlacedRule');
  t = withProperties(t, 'OrderPlacedRule', {
    Name: 'order-placed',
    Description: 'Processes every order placed on the orders bus.',
    EventPattern: { source: ['com.example.orders'], 'detail-type': ['OrderPlaced'] },
  });
  // A rule on a custom bus names the bus in EventBusName (Ref of the bus gives its name).
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-rule.html
  t = connectBusToRule(t, 'OrdersEventBus', 'OrderPlacedRule');

  // A Lambda target needs no RoleArn: connecting adds the function's resource-based permission,
  // with SourceArn = this rule's ARN.
  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-lambda-permissions
  t = connectRuleToTarget(t, 'OrderPlacedRule', 'ProcessOrderFunction');

  // Retries stop after 4 attempts or once the event is an hour old, whichever comes first; the
  // defaults are 185 attempts and 24 hours.
  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-retry-policy.html
  t = setTargetProperty(t, 'OrderPlacedRule', 0, 'RetryPolicy', { MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: 3600 });

  // Events that still fail go to a standard SQS queue whose policy lets EventBridge send them.
  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html
  return addDeadLetterQueue(t, 'OrderPlacedRule', 0).template;
}

/** Every hour, the rule "hourly-report" on the default bus starts a state machine with a constant payload. */
function scheduledRule(): Template {
  let t = emptyTemplate();

  t = added(addStateMachine(t), 'HourlyReportStateMachine');
  t = renameLogicalId(t, 'StateMachineExecutionRole', 'HourlyReportStateMachineExecutionRole');
  t = setResourceProperty(t, 'HourlyReportStateMachine', 'StateMachineName', 'hourly-report');

  t = added(addRule(t), 'HourlyReportRule');
  t = withProperties(t, 'HourlyReportRule', {
    Name: 'hourly-report',
    Description: 'Starts the hourly report.',
    // A value of 1 takes the singular unit: rate(1 hour), not rate(1 hours).
    // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
    ScheduleExpression: 'rate(1 hour)',
    // A schedule is the rule's trigger, so the starter pattern goes.
    EventPattern: undefined,
  });
  // Scheduled rules run only on the default event bus.
  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-rule-schedule.html
  t = connectBusToRule(t, DEFAULT_BUS_ID, 'HourlyReportRule');

  // A state machine target needs RoleArn: connecting adds a role that trusts events.amazonaws.com
  // and allows states:StartExecution on this state machine only.
  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html
  t = connectRuleToTarget(t, 'HourlyReportRule', 'HourlyReportStateMachine');

  // A scheduled event carries nothing of use, so the execution gets a constant input instead: Input
  // is JSON text sent as it is. https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_Target.html
  return setTargetInput(t, 'HourlyReportRule', 0, 'Input', JSON.stringify({ report: 'hourly', format: 'csv' }));
}

/** The designs a user can start from, in the order the designer offers them. */
export const EXAMPLES: readonly Example[] = [
  {
    id: 'seed',
    title: "The article's scenario",
    description:
      'On the default bus, detail-type "start-state-machine" starts a Step Functions state machine through a role EventBridge assumes, and "start-lambda-function" invokes a Lambda function authorised by a permission for that rule.',
    build: seedDesign,
  },
  {
    id: 'custom-bus-dlq',
    title: 'Custom bus with a dead-letter queue',
    description:
      'A custom event bus "orders" with a rule "order-placed" (source com.example.orders, detail-type OrderPlaced) that invokes a Lambda function with its permission, retries 4 times within an hour and then sends the event to an SQS dead-letter queue with its queue policy.',
    build: customBusWithDeadLetterQueue,
  },
  {
    id: 'scheduled-rule',
    title: 'Scheduled rule',
    description:
      'A rule "hourly-report" on the default bus, scheduled rate(1 hour), that starts a Step Functions state machine with a constant input, through a role that trusts EventBridge and may start only that state machine.',
    build: scheduledRule,
  },
  {
    id: 'empty',
    title: 'Empty design',
    description: 'A template with no resources: the default event bus is always there.',
    build: emptyTemplate,
  },
];
