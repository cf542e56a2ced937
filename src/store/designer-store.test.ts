import { describe, expect, it } from 'vitest';
import { createDesignerStore } from './designer-store';
import { selectGraph, selectTemplateText } from './selectors';
import { resourcesOf } from '../core/template/resources';
import { DEFAULT_BUS_ID } from '../core/ops/connect-bus-to-rule';
import { seedDesign } from '../core/ops/seed-design';
import { SAMPLE_EVENTS } from '../core/sandbox/sample-events';
import { selectEventFlow, selectTestOutcomes } from './sandbox-selectors';

describe('the designer store', () => {
  it('adds resources where dropped, or in free space, and selects them', () => {
    const store = createDesignerStore();
    const { addResource } = store.getState().actions;
    const a = addResource('rule', { x: 10, y: 20 });
    const b = addResource('rule');
    expect(store.getState().layout[a]).toEqual({ x: 10, y: 20 });
    expect(store.getState().layout[b]).toEqual({ x: 370, y: 0 });
    expect(store.getState().selected).toBe(b);
  });

  it('explains a refused connection and leaves the document as it was', () => {
    const store = createDesignerStore();
    const { addResource, connect } = store.getState().actions;
    const fn = addResource('lambda');
    const before = store.getState().template;
    connect(DEFAULT_BUS_ID, fn);
    expect(store.getState().template).toBe(before);
    expect(store.getState().notice).toBe('Connect an event bus to a rule, or a rule to a Lambda function or a state machine.');
  });

  it('connects on the canvas with the same operations as the inspector', () => {
    const store = createDesignerStore();
    const { addResource, connect } = store.getState().actions;
    const bus = addResource('bus');
    const rule = addResource('rule');
    const sm = addResource('stateMachine');
    connect(bus, rule);
    connect(rule, sm);
    const edges = selectGraph(store.getState())
      .edges.filter((e) => e.kind !== 'reference')
      .map((e) => e.id);
    expect(edges).toEqual(['bus:CustomEventBus->EventRule', 'target:EventRule[0]->StateMachine']);
    expect(resourcesOf(store.getState().template).EventRule).toMatchObject({ Properties: { EventBusName: { Ref: 'CustomEventBus' } } });
  });

  it('deletes selected edges and nodes together without disconnecting the wrong target', () => {
    const store = createDesignerStore();
    const { addResource, connect, deleteElements } = store.getState().actions;
    const rule = addResource('rule');
    const f1 = addResource('lambda');
    const f2 = addResource('lambda');
    const f3 = addResource('lambda');
    for (const f of [f1, f2, f3]) connect(rule, f);
    deleteElements([f1], ['target:EventRule[1]->Function2']);
    const targets = selectGraph(store.getState())
      .edges.filter((e) => e.kind === 'rule-target')
      .map((e) => e.target);
    expect(targets).toEqual([f3]);
    expect(Object.keys(resourcesOf(store.getState().template))).not.toContain('EventRuleFunction2Permission');
  });

  it('renaming keeps the node where it was and selected', () => {
    const store = createDesignerStore();
    const { addResource, rename } = store.getState().actions;
    const rule = addResource('rule', { x: 5, y: 6 });
    rename(rule, 'OrdersRule');
    expect(store.getState().layout).toEqual({ OrdersRule: { x: 5, y: 6 } });
    expect(store.getState().selected).toBe('OrdersRule');
  });

  it('undoes and redoes document changes, not selection', () => {
    const store = createDesignerStore();
    const { addResource, select } = store.getState().actions;
    addResource('rule');
    const withRule = selectTemplateText(store.getState());
    select(null);
    store.temporal.getState().undo();
    expect(Object.keys(resourcesOf(store.getState().template))).toEqual([]);
    store.temporal.getState().redo();
    expect(selectTemplateText(store.getState())).toBe(withRule);
  });

  it('keeps a node chosen when the deselection of the previous element arrives after it', () => {
    const store = createDesignerStore();
    const { addResource, select, deselect } = store.getState().actions;
    const a = addResource('rule');
    const b = addResource('lambda');
    select(a);
    select(b);
    deselect(a);
    expect(store.getState().selected).toBe(b);
    deselect(b);
    expect(store.getState().selected).toBeNull();
  });

  it('sends the test event and follows the design: a fix changes the outcome without sending again', () => {
    const store = createDesignerStore({ template: seedDesign() });
    const { sendTestEvent, setTestEventText, remove, clearTestEvent } = store.getState().actions;
    setTestEventText(JSON.stringify({ ...SAMPLE_EVENTS.find((e) => e.id === 'custom-start-lambda-function')!.event }));
    sendTestEvent(DEFAULT_BUS_ID);
    expect(store.getState().sideTab).toBe('test-event');
    const lambdaRule = () => selectTestOutcomes(store.getState())!.find((o) => o.ruleId === 'InvokeLambdaFunctionEventRule')!;
    expect(lambdaRule().targets[0]!.verdict).toBe('invoked');
    const permission = Object.entries(resourcesOf(store.getState().template)).find(([, r]) => r.Type === 'AWS::Lambda::Permission')![0];
    remove([permission]);
    expect(lambdaRule().targets[0]!.verdict).toBe('blocked');
    expect(selectEventFlow(store.getState())!.nodes.get('TestLambdaFunction')).toBe('blocked');
    clearTestEvent();
    expect(selectTestOutcomes(store.getState())).toBeUndefined();
  });
});
