import type { Template } from '../template/types';

/** The document a new design starts from. The default event bus needs no resource: every account has it. */
export function emptyTemplate(): Template {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'EventBridge rules designed with EventBridge Designer',
    Resources: {},
  };
}
