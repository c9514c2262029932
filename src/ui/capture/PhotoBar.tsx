import type { JSX } from 'preact';

/** Props of the photo buttons above the notes. */
export interface PhotoBarProps {
  onFiles: (files: File[]) => void;
  busy: boolean;
}

/** "Take photo" opens the camera in one tap; "Add from gallery" picks several images at once. */
export function PhotoBar({ onFiles, busy }: PhotoBarProps) {
  const pick = (e: JSX.TargetedEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = ''; // the same photo can be picked again
    if (files.length) onFiles(files);
  };
  return (
    <div class="photo-bar">
      <label class="button small file-button">
        <input type="file" accept="image/*" capture="environment" onChange={pick} disabled={busy} />
        Take photo
      </label>
      <label class="button small file-button">
        <input type="file" accept="image/*" multiple onChange={pick} disabled={busy} />
        Add from gallery
      </label>
    </div>
  );
}
