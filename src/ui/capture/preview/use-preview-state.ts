// Which preview the notes editor shows: the Preview tab, and "Preview beside notes" from tablet
// width up (remembered on this device). On a phone the preview is a tab, and a preview that is
// not shown is not rendered either.
import { useState } from 'preact/hooks';
import { useMediaQuery } from '../../shared/use-media-query';

const BESIDE_KEY = 'talknotes:preview-beside';

/** The preview's state and switches. */
export interface PreviewState {
  previewing: boolean;
  /** The text the Preview tab shows: taken when it opens, and after each edit that is not typing. */
  previewText: string;
  /** The screen is wide enough to offer the preview beside the notes. */
  wide: boolean;
  besideChosen: boolean;
  /** The preview is beside the notes now (chosen, wide enough, and the Preview tab not open). */
  beside: boolean;
  toggleBeside: () => void;
  /** Opens (with the text as it is now) or closes the Preview tab. */
  show: (on: boolean, text: string) => void;
  /** An edit that is not typing: the open Preview tab follows it. */
  edited: (text: string) => void;
}

/** The notes editor's preview state. */
export function usePreviewState(): PreviewState {
  const [previewing, setPreviewing] = useState(false);
  const [previewText, setPreviewText] = useState('');
  const [besideChosen, setBeside] = useState(() => localStorage.getItem(BESIDE_KEY) === 'on');
  const wide = useMediaQuery('(min-width: 40rem)');
  return {
    previewing,
    previewText,
    wide,
    besideChosen,
    beside: besideChosen && wide && !previewing,
    toggleBeside: () => {
      localStorage.setItem(BESIDE_KEY, besideChosen ? 'off' : 'on');
      setBeside(!besideChosen);
    },
    show: (on, text) => {
      if (on) setPreviewText(text);
      setPreviewing(on);
    },
    edited: (text) => previewing && setPreviewText(text),
  };
}
