import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { name: string; children: ReactNode };
type State = { error: Error | null };

/** A crash in one panel shows a message there; the map and the workspace keep working. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`railwatch: the ${this.props.name} panel failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="panel-error">
        <p>
          The {this.props.name} panel hit an error: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Reload {this.props.name} panel
        </button>
      </div>
    );
  }
}
