import { isJsonObject } from '../../../template/json';
import type { Finding, ValidationRule } from '../../types';

export const templateShape: ValidationRule = {
  id: 'CFN-00',
  severity: 'error',
  title: 'A template is an object with a Resources section',
  why: 'CloudFormation requires a Resources section with at least one resource; anything else is refused before any resource is created.',
  source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html',
  check({ raw }) {
    const found: Finding[] = [];
    if (!isJsonObject(raw)) {
      const what = Array.isArray(raw) ? 'an array' : raw === null ? 'null' : `a ${typeof raw}`;
      return [{ path: '', message: `A template is a JSON object with a "Resources" section; this is ${what}.` }];
    }
    const resources = raw.Resources;
    if (resources === undefined)
      found.push({ path: '', message: 'The template has no "Resources" section; CloudFormation needs at least one resource.' });
    else if (!isJsonObject(resources))
      found.push({ path: '/Resources', message: '"Resources" must be an object that maps logical IDs to resources.' });
    return found;
  },
};
