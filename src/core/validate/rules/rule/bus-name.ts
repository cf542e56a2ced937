import { checkEventBusName } from '../../../template/names';
import { RESOURCE_TYPES } from '../../../template/types';
import { resourcePointer } from '../../pointer';
import { resourcesOfType } from '../../resources-of-type';
import type { ValidationRule } from '../../types';

export const busName: ValidationRule = {
  id: 'BUS-01',
  severity: 'error',
  title: 'Custom event bus names are valid and not "default"',
  why: 'CreateEventBus refuses "default" and names outside [/.-_A-Za-z0-9]{1,256}; partner buses must start with aws.partner/.',
  source: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateEventBus.html',
  check(ctx) {
    return resourcesOfType(ctx, RESOURCE_TYPES.eventBus).flatMap(([id, , p]) => {
      if (typeof p.Name !== 'string') return [];
      const why = checkEventBusName(p.Name);
      return why ? [{ resource: id, path: resourcePointer(id, 'Properties', 'Name'), message: `Event bus name "${p.Name}": ${why}` }] : [];
    });
  },
};
