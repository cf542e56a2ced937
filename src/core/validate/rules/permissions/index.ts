import type { ValidationRule } from '../../types';
import { lambdaTargetRoleArn } from './lambda-target-role-arn';
import { lambdaTargetPermission } from './lambda-target-permission';
import { stateMachineTargetRole } from './state-machine-target-role';
import { roleTrustsEventBridge } from './role-trusts-eventbridge';
import { roleAllowsStartExecution } from './role-allows-start-execution';
import { rolePolicyTooWide } from './role-policy-too-wide';
import { permissionSourceArn } from './permission-source-arn';

/** The permission model: who may invoke each target, proven by evaluating roles and permissions. */
export const PERMISSION_RULES: readonly ValidationRule[] = [
  lambdaTargetRoleArn,
  lambdaTargetPermission,
  stateMachineTargetRole,
  roleTrustsEventBridge,
  roleAllowsStartExecution,
  rolePolicyTooWide,
  permissionSourceArn,
];
