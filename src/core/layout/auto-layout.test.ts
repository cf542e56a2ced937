import { describe, expect, it } from 'vitest';
import { autoLayout } from './auto-layout';
import { deriveGraph } from '../graph/derive-graph';
import { seedDesign } from '../ops/seed-design';
import { DEFAULT_BUS_ID } from '../ops/connect-bus-to-rule';

describe('autoLayout', () => {
  it('places every node, events flowing left to right, without overlaps', async () => {
    const graph = deriveGraph(seedDesign());
    const layout = await autoLayout(graph);
    expect(Object.keys(layout).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    const x = (id: string) => layout[id]!.x;
    expect(x(DEFAULT_BUS_ID)).toBeLessThan(x('InvokeLambdaFunctionEventRule'));
    expect(x('InvokeLambdaFunctionEventRule')).toBeLessThan(x('TestLambdaFunction'));
    const boxes = Object.values(layout);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(Math.abs(a.x - b.x) >= 250 || Math.abs(a.y - b.y) >= 90).toBe(true);
  });

  it('puts a rule left of the state machine it starts, even when the rule reaches it through a role', async () => {
    const graph = deriveGraph({
      Transform: 'AWS::Serverless-2016-10-31',
      Resources: {
        Watcher: {
          Type: 'AWS::Serverless::StateMachine',
          Properties: {
            Definition: { StartAt: 'Done', States: { Done: { Type: 'Succeed' } } },
            Events: { StateChange: { Type: 'EventBridgeRule', Properties: { Pattern: { source: ['aws.ec2'] } } } },
          },
        },
      },
    });
    const layout = await autoLayout(graph);
    const x = (id: string) => layout[id]!.x;
    expect(x(DEFAULT_BUS_ID)).toBeLessThan(x('WatcherStateChange'));
    expect(x('WatcherStateChange')).toBeLessThan(x('Watcher'));
  });
});
