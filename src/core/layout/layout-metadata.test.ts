import { describe, expect, it } from 'vitest';
import { layoutFromMetadata, withLayoutMetadata } from './layout-metadata';

describe('layout in Metadata', () => {
  it('writes positions after Description and reads them back', () => {
    const t = { AWSTemplateFormatVersion: '2010-09-09', Description: 'd', Resources: {} };
    const written = withLayoutMetadata(t, { B: { x: 1.4, y: 2 }, A: { x: 3, y: 4 } });
    expect(Object.keys(written)).toEqual(['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Resources']);
    expect(written.Metadata).toEqual({ EventBridgeDesigner: { Layout: { A: { x: 3, y: 4 }, B: { x: 1, y: 2 } } } });
    expect(layoutFromMetadata(written)).toEqual({ A: { x: 3, y: 4 }, B: { x: 1, y: 2 } });
  });

  it('keeps other Metadata and ignores malformed positions', () => {
    const t = { Metadata: { Other: 1, EventBridgeDesigner: { Layout: { A: { x: 'no' }, B: { x: 1, y: 1 } } } }, Resources: {} };
    expect(layoutFromMetadata(t)).toEqual({ B: { x: 1, y: 1 } });
    expect(withLayoutMetadata(t, {}).Metadata).toEqual({ Other: 1, EventBridgeDesigner: { Layout: {} } });
    expect(layoutFromMetadata({ Resources: {} })).toBeUndefined();
  });
});
