/** What Decap passes a field's control (the part of its props the desk's own widgets use). */
export interface WidgetProps {
  value?: unknown;
  onChange(value: unknown): void;
  /** The id Decap's label points at (`<label for>`), so the field is found by its label. */
  forID?: string;
  classNameWrapper?: string;
  /** The field's configuration, an Immutable map. */
  field: { get(key: string): unknown };
}
