// A date field. The browser's own date picker where it has one; typed as
// yyyy-mm-dd otherwise, which the hint says.
import type { TextInputProps } from '../text-input/text-input.tsx';
import { TextInput } from '../text-input/text-input.tsx';

export function DateInput(props: Omit<TextInputProps, 'type' | 'width'>) {
  return <TextInput {...props} type="date" width="medium" hint={props.hint ?? 'Bijvoorbeeld 2026-03-31.'} />;
}
