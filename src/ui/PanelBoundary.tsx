import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
}

/**
 * If a panel fails to draw an unusual template, only that panel says so: the rest of the page, and
 * the template itself, stay as they were. Never a blank page.
 */
export class PanelBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`The ${this.props.name} panel failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-failed" role="alert">
        <p>
          <strong>The {this.props.name} could not show this template</strong> ({this.state.error.message}). Your template is unchanged: the
          other panels, Copy template and Download template still work.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
