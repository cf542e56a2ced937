// The request EventBridge makes and its evaluation live in iam/ (the graph uses them too).
export { eventBridgeContext, decideAcross, decideEach, allOf, resolverFor } from '../../../iam/eventbridge-request';
export type { Verdict } from '../../../resolve/assignments';
