import { idsOfType, propertiesOf, resourcesOf, withResource } from '../template/resources';
import { RESOURCE_TYPES, type Template } from '../template/types';
import { uniqueLogicalId, uniqueName } from '../template/logical-ids';
import type { Added } from './add-event-bus';

/**
 * Adds an enabled rule on the default bus with a starter pattern. A rule needs an EventPattern or a
 * ScheduleExpression (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-events-rule.html).
 */
export function addRule(template: Template): Added {
  const resources = resourcesOf(template);
  const names = idsOfType(template, RESOURCE_TYPES.rule).map((id) => propertiesOf(resources[id]).Name);
  const name = uniqueName(names, 'event-rule');
  const id = uniqueLogicalId(template, 'EventRule');
  return {
    id,
    template: withResource(template, id, {
      Type: RESOURCE_TYPES.rule,
      Properties: {
        Name: name,
        EventBusName: 'default',
        EventPattern: { source: ['com.example.app'], 'detail-type': [name] },
        State: 'ENABLED',
      },
    }),
  };
}
