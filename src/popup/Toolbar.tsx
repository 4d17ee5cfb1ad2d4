/** Props of the popup's toolbar. */
export interface ToolbarProps {
  /** Whether highlights show on pages; null until the settings are read. */
  highlights: boolean | null;
  onHighlightsChange: (visible: boolean) => void;
  onOpenOptions: () => void;
}

/** The highlights switch and the way to the options. */
export function Toolbar({ highlights, onHighlightsChange, onOpenOptions }: ToolbarProps) {
  return (
    <div class="toolbar">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={highlights ?? false}
          disabled={highlights === null}
          onChange={(event) => onHighlightsChange(event.currentTarget.checked)}
        />
        Highlights on the page
      </label>
      <button type="button" onClick={onOpenOptions}>
        Options
      </button>
    </div>
  );
}
