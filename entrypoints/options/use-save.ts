// Saving one setting from a section: the write, then a sentence in the section's status line
// saying what changed, or why it was not saved.
import { useState } from 'preact/hooks';
import { errorText } from '../../components/error-text';
import { t } from '../../utils/i18n';

export function useSave(): {
  status: string;
  save: (write: () => Promise<void>, done: string) => Promise<boolean>;
  setStatus: (text: string) => void;
} {
  const [status, setStatus] = useState('');
  const save = async (write: () => Promise<void>, done: string) => {
    try {
      await write();
      setStatus(done);
      return true;
    } catch (error) {
      setStatus(t('status_not_saved', errorText(error)));
      return false;
    }
  };
  return { status, save, setStatus };
}
