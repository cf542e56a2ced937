import type { DragEvent } from 'react';
import { useDesigner } from '../../store/use-designer';
import { DRAG_TYPE, PALETTE_ORDER, RESOURCE_KINDS } from '../resource-kinds';
import type { DesignKind } from '../../core/graph/types';

/** Resources to add: drag one onto the canvas, or click it (or press Enter) to place it in free space. */
export function Palette() {
  const addResource = useDesigner((s) => s.actions.addResource);
  const onDragStart = (event: DragEvent, kind: DesignKind) => {
    event.dataTransfer.setData(DRAG_TYPE, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <section className="panel palette" aria-labelledby="palette-title">
      <h2 id="palette-title">Add resources</h2>
      <p className="panel-hint">Drag onto the canvas, or click to add.</p>
      <ul>
        {PALETTE_ORDER.map((kind) => {
          const { name, icon: Icon, hint } = RESOURCE_KINDS[kind];
          return (
            <li key={kind}>
              <button
                type="button"
                className="palette-item"
                aria-label={name}
                title={hint}
                draggable
                onDragStart={(e) => onDragStart(e, kind)}
                onClick={() => addResource(kind)}
              >
                <Icon size={28} aria-hidden="true" focusable="false" />
                <span className="palette-text">
                  <span className="palette-name">{name}</span>
                  <span className="palette-hint">{hint}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
