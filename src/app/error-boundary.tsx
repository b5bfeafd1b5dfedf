import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { name: string; children: ReactNode };
type State = { error: Error | null; crashRequested: boolean };

declare global {
  interface Window {
    /**
     * Lets an end-to-end test prove that a crash stays inside its panel: `crash(name)` makes
     * every mounted panel of that name throw on its next render and returns how many there
     * were. It only throws inside a boundary, so it can do no more than a real bug could.
     */
    railwatchPanels?: { crash: (name: string) => number; names: () => string[] };
  }
}

const mounted = new Set<PanelErrorBoundary>();

if (typeof window !== 'undefined') {
  window.railwatchPanels = {
    crash: (name) => {
      const targets = [...mounted].filter((boundary) => boundary.props.name === name);
      for (const boundary of targets) boundary.setState({ crashRequested: true });
      return targets.length;
    },
    names: () => [...new Set([...mounted].map((boundary) => boundary.props.name))],
  };
}

function RequestedCrash({ name }: { name: string }): never {
  throw new Error(`test crash requested for the ${name} panel`);
}

/** A crash in one panel shows a message there; the map and the workspace keep working. */
export class PanelErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, crashRequested: false };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error, crashRequested: false };
  }

  override componentDidMount(): void {
    mounted.add(this);
  }

  override componentWillUnmount(): void {
    mounted.delete(this);
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`railwatch: the ${this.props.name} panel failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.state.crashRequested ? <RequestedCrash name={this.props.name} /> : this.props.children;
    return (
      <div role="alert" className="panel-error">
        <p>
          The {this.props.name} panel hit an error: {this.state.error.message.replace(/\.$/, '')}. Your saved work is not affected.
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Reload {this.props.name} panel
        </button>
      </div>
    );
  }
}
