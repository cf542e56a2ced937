import type { ComponentType, SVGProps } from 'react';
import EventBusIcon from 'aws-react-icons/lib/icons/ResourceAmazonEventBridgeCustomEventBus';
import DefaultBusIcon from 'aws-react-icons/lib/icons/ResourceAmazonEventBridgeDefaultEventBus';
import RuleIcon from 'aws-react-icons/lib/icons/ResourceAmazonEventBridgeRule';
import LambdaIcon from 'aws-react-icons/lib/icons/ArchitectureServiceAWSLambda';
import StepFunctionsIcon from 'aws-react-icons/lib/icons/ArchitectureServiceAWSStepFunctions';
import type { DesignKind, NodeKind } from '../core/graph/types';
import RoleIcon from 'aws-react-icons/lib/icons/ResourceAWSIdentityAccessManagementRole';
import PermissionIcon from 'aws-react-icons/lib/icons/ResourceAWSIdentityAccessManagementPermissions';
import GenericIcon from 'aws-react-icons/lib/icons/ResourceAWSCloudFormationTemplate';
import SnsIcon from 'aws-react-icons/lib/icons/ArchitectureServiceAmazonSimpleNotificationService';
import SqsIcon from 'aws-react-icons/lib/icons/ArchitectureServiceAmazonSimpleQueueService';
import CloudWatchIcon from 'aws-react-icons/lib/icons/ArchitectureServiceAmazonCloudWatch';
import KinesisIcon from 'aws-react-icons/lib/icons/ArchitectureServiceAmazonKinesisDataStreams';
import CloudIcon from 'aws-react-icons/lib/icons/ArchitectureGroupAWSCloud';

type Icon = ComponentType<SVGProps<SVGElement> & { size?: number | string }>;

/** How each kind of resource is named and drawn; the names are the palette's accessible names. */
export const RESOURCE_KINDS: Record<DesignKind, { name: string; type: string; icon: Icon; hint: string }> = {
  bus: { name: 'Event bus', type: 'AWS::Events::EventBus', icon: EventBusIcon, hint: 'A custom bus that receives events' },
  rule: { name: 'Rule', type: 'AWS::Events::Rule', icon: RuleIcon, hint: 'Matches events and sends them to targets' },
  lambda: {
    name: 'Lambda function',
    type: 'AWS::Lambda::Function',
    icon: LambdaIcon,
    hint: 'A target, invoked through its resource policy',
  },
  stateMachine: {
    name: 'State machine',
    type: 'AWS::StepFunctions::StateMachine',
    icon: StepFunctionsIcon,
    hint: 'A target, started through an IAM role',
  },
  topic: {
    name: 'SNS topic',
    type: 'AWS::SNS::Topic',
    icon: SnsIcon,
    hint: 'A target, published to through its topic policy',
  },
  queue: {
    name: 'SQS queue',
    type: 'AWS::SQS::Queue',
    icon: SqsIcon,
    hint: 'A target, sent to through its queue policy',
  },
};

export const DEFAULT_BUS_ICON: Icon = DefaultBusIcon;

export const PALETTE_ORDER: DesignKind[] = ['bus', 'rule', 'lambda', 'stateMachine', 'topic', 'queue'];

/** The drag-and-drop data type palette items carry. */
export const DRAG_TYPE = 'application/x-eventbridge-designer-resource';

/** How every node kind is named and drawn on the canvas, including those the palette does not add. */
export const NODE_LOOKS: Record<NodeKind, { name: string; icon: Icon; color: string }> = {
  bus: { name: 'Event bus', icon: EventBusIcon, color: 'var(--kind-integration)' },
  rule: { name: 'Rule', icon: RuleIcon, color: 'var(--kind-integration)' },
  lambda: { name: 'Lambda function', icon: LambdaIcon, color: 'var(--kind-compute)' },
  stateMachine: { name: 'State machine', icon: StepFunctionsIcon, color: 'var(--kind-integration)' },
  topic: { name: 'SNS topic', icon: SnsIcon, color: 'var(--kind-integration)' },
  queue: { name: 'SQS queue', icon: SqsIcon, color: 'var(--kind-integration)' },
  logGroup: { name: 'Log group', icon: CloudWatchIcon, color: 'var(--kind-management, var(--kind-integration))' },
  stream: { name: 'Kinesis stream', icon: KinesisIcon, color: 'var(--kind-analytics, var(--kind-other))' },
  external: { name: 'Outside this template', icon: CloudIcon, color: 'var(--kind-other)' },
  role: { name: 'IAM role', icon: RoleIcon, color: 'var(--kind-security)' },
  permission: { name: 'Lambda permission', icon: PermissionIcon, color: 'var(--kind-security)' },
  resource: { name: 'Resource', icon: GenericIcon, color: 'var(--kind-other)' },
};
