import type { DesignNode } from '../../core/graph/types';
import { checkEventBusName } from '../../core/template/names';
import { useDesigner } from '../../store/use-designer';
import { TextField } from './TextField';
import { useNameCheck } from './use-name-check';
import { ResourceHeader } from './ResourceHeader';
import { SendTestEventButton } from '../sandbox/SendTestEventButton';
import { text, useProperties } from './use-resource';

export function BusInspector({ node }: { node: DesignNode }) {
  if (!node.logicalId) {
    return (
      <div className="inspector-body">
        <p className="resource-type">Default event bus</p>
        <p className="panel-hint">
          Every account has a default bus; AWS services send their events to it. It is not a resource in the template: rules on it set{' '}
          <code>EventBusName</code> to <code>default</code>.
        </p>
        <SendTestEventButton busId={node.id} />
      </div>
    );
  }
  return <CustomBusInspector id={node.logicalId} />;
}

function CustomBusInspector({ id }: { id: string }) {
  const p = useProperties(id);
  const setProperty = useDesigner((s) => s.actions.setProperty);
  const nameCheck = useNameCheck(id, 'Name', checkEventBusName);
  return (
    <div className="inspector-body" key={id}>
      <ResourceHeader id={id} type="AWS::Events::EventBus" />
      <TextField label="Bus name" value={text(p.Name)} check={nameCheck} onCommit={(v) => setProperty(id, 'Name', v)} />
      <SendTestEventButton busId={id} />
    </div>
  );
}
