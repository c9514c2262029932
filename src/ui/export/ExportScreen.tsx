// The Export screen, loaded only when opened: it brings the export code, yaml and fflate with it.
import { useCallback, useMemo, useState } from 'preact/hooks';
import { exportEvent, zipFiles } from '../../export';
import { slugify } from '../../export/slug';
import type { ExportSettings } from '../../model/export-settings';
import { withDB } from '../../app/services';
import { getEvent } from '../../store/event-store';
import { getExportSettings, saveExportSettings } from '../../store/export-settings-store';
import { listNotes } from '../../store/note-store';
import { listEventPhotos } from '../../store/photo-store';
import { listTalks } from '../../store/talk-store';
import type { ExportSource } from '../../export';
import { downloadBlob } from '../shared/download';
import { ExportFiles } from './ExportFiles';
import { ExportSettingsForm } from './ExportSettingsForm';
import { deviceTimeZone } from '../shared/format';
import { Link } from '../shared/Link';
import { Loaded } from '../shared/Loaded';
import { ErrorNotice } from '../shared/Notice';
import { PrePublishCheck } from './PrePublishCheck';
import { PublishSection } from './PublishSection';
import { SaveToFolder } from './SaveToFolder';
import { SaveStatusText } from '../shared/SaveStatusText';
import { useAutosave } from '../shared/use-autosave';
import { useLoad } from '../shared/use-load';
import { errorMessage } from '../../model/errors';
import { presetOf } from '../../publish/recognise-blog';
import { getBlog } from '../../store/publishing/blog-store';
import { EVENT_MISSING } from '../../store/results';

/** Export an event as blog posts: choose, check, see every file, then download, copy or share. */
export default function ExportScreen({ eventId }: { eventId: string }) {
  const data = useLoad(
    () =>
      withDB(async (db) => {
        // An event never exported starts as the connected blog is (Test connection found it).
        const preset = presetOf((await getBlog(db))?.found ?? null);
        const [event, talks, notes, settings, photoRecords] = await Promise.all([
          getEvent(db, eventId),
          listTalks(db, eventId),
          listNotes(db, eventId),
          getExportSettings(db, eventId, preset),
          listEventPhotos(db, eventId),
        ]);
        if (!event) throw new Error(EVENT_MISSING);
        const photos = Object.fromEntries(photoRecords.map((p) => [p.id, { type: p.type, bytes: new Uint8Array(p.bytes), number: p.number }]));
        return { source: { event, talks, notes, photos }, settings };
      }),
    [eventId],
  );
  return <Loaded data={data}>{({ source, settings }) => <Exporter source={source} initial={settings} />}</Loaded>;
}

function Exporter({ source, initial }: { source: ExportSource; initial: ExportSettings }) {
  const { event } = source;
  const [settings, setSettings] = useState(initial);
  // Settings are remembered per event, saved like notes: shortly after each change.
  const save = useCallback((json: string) => withDB((db) => saveExportSettings(db, event.id, JSON.parse(json) as ExportSettings)), [event.id]);
  const autosave = useAutosave(save, `export-${event.id}`, 'Your export settings');
  const timeZone = event.timeZone || deviceTimeZone();
  const result = useMemo(() => exportEvent(source, settings, { deviceTimeZone: deviceTimeZone(), now: Date.now() }), [source, settings]);
  const [zipError, setZipError] = useState('');

  const change = (patch: Partial<ExportSettings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    autosave.change(JSON.stringify(next));
  };

  const downloadZip = () => {
    setZipError('');
    try {
      const zip = zipFiles(result.files, result.assets);
      downloadBlob(new Blob([zip], { type: 'application/zip' }), `${slugify(event.name, 'talknotes')}-${settings.target}.zip`);
    } catch (error) {
      setZipError(`The zip could not be made: ${errorMessage(error)}`);
    }
  };

  return (
    <main class="export">
      <Link to={`/events/${event.id}`} class="back">
        {event.name}
      </Link>
      <div class="title-row">
        <h1>Export</h1>
        <SaveStatusText source={autosave.status} onRetry={() => void autosave.flush()} />
      </div>
      <p class="meta">
        Post dates use the time zone {timeZone}
        {event.timeZone ? '' : ' (this device’s)'}; change it with <Link to={`/events/${event.id}/edit`}>Edit event</Link>.
      </p>
      <ExportSettingsForm event={event} settings={settings} onChange={change} />
      <PrePublishCheck problems={result.problems} />
      <PublishSection eventId={event.id} eventName={event.name} result={result} settings={settings} onChange={change} />
      <section aria-labelledby="files-title">
        <div class="title-row">
          <h2 id="files-title">Files</h2>
          <button type="button" class="primary" onClick={downloadZip} disabled={result.files.length === 0}>
            Download .zip
          </button>
        </div>
        <p class="meta">The zip is laid out like your blog repository, posts and images: copy its folders into the repository's root.</p>
        {zipError && <ErrorNotice>{zipError}</ErrorNotice>}
        <SaveToFolder files={result.files} assets={result.assets} target={settings.target} />
        <ExportFiles files={result.files} title={event.name} />
        {result.assets.length > 0 && (
          <section aria-labelledby="images-title">
            <h3 id="images-title">Images</h3>
            <ul class="asset-list">
              {result.assets.map((asset) => (
                <li key={asset.path}>
                  {asset.path} ({Math.round(asset.bytes.length / 1024)} KB)
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>
    </main>
  );
}
